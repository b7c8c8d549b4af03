package com.bakery.inventory.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Units of a product made by one production run, at that run's unit cost; sold FIFO. */
@Entity
@Table(name = "product_layer")
public class ProductLayer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "product_id", nullable = false, updatable = false)
    public Long productId;

    @Column(nullable = false, updatable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public BigDecimal remaining;

    /** Exact cents per unit (scale 6). */
    @Column(name = "unit_cost", nullable = false, updatable = false)
    public BigDecimal unitCost;

    @Column(name = "production_run_id", updatable = false)
    public Long productionRunId;

    /** Where a layer's units came from: baked here, bought in, or given back by a customer. */
    public enum Source { PRODUCTION, PURCHASE, RETURN }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Source source = Source.PRODUCTION;

    @Column(name = "sale_id", updatable = false)
    public String saleId;

    @Column(updatable = false)
    public String reason;

    /** The supplier's lot of goods bought in. */
    @Column(name = "supplier_lot", updatable = false)
    public String supplierLot;

    /** When its units came out of the oven; FIFO sells the oldest first. */
    @Column(name = "baked_at", nullable = false, updatable = false)
    public Instant bakedAt;

    /** When its units spoil and are written off; null for a product without a shelf life. */
    @Column(name = "best_before", updatable = false)
    public Instant bestBefore;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();
}
