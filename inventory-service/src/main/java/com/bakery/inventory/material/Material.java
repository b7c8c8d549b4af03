package com.bakery.inventory.material;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A raw material. {@code onHand} and {@code stockValue} are running totals kept in step with the batches by
 * {@link com.bakery.inventory.stock.StockLedger}, under a row lock on this material.
 */
@Entity
@Table(name = "material")
public class Material extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    @jakarta.persistence.Convert(converter = UnitConverter.class)
    public Unit unit;

    @Column(name = "minimum_quantity", nullable = false)
    public BigDecimal minimumQuantity = BigDecimal.ZERO;

    public String supplier;

    public String category;

    @Column(name = "on_hand", nullable = false)
    public BigDecimal onHand = BigDecimal.ZERO;

    /** Exact value in cents (scale 6): the sum of remaining batch quantities times their unit costs. */
    @Column(name = "stock_value", nullable = false)
    public BigDecimal stockValue = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
