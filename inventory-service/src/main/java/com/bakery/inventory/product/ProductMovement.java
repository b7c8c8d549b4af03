package com.bakery.inventory.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One row of a product's stock ledger. Immutable here and append-only in the database (a trigger refuses changes). */
@Entity
@Immutable
@Table(name = "product_movement")
public class ProductMovement extends PanacheEntityBase {

    public enum Kind { PRODUCTION, PURCHASE, SALE, RETURN, WASTE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "product_id", nullable = false)
    public Long productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String reason;

    /** What caused it: {@code production-run:12}, {@code sale:<id>}. */
    public String reference;

    /** Signed units: positive in, negative out. */
    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(name = "quantity_after", nullable = false)
    public BigDecimal quantityAfter;

    /** Exact cents (scale 6), signed like the quantity. */
    @Column(name = "value_change", nullable = false)
    public BigDecimal valueChange;

    @Column(name = "value_after", nullable = false)
    public BigDecimal valueAfter;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "product_movement_layer", joinColumns = @JoinColumn(name = "movement_id"))
    public List<LayerMove> layers = new ArrayList<>();
}
