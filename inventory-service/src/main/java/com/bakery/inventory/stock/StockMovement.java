package com.bakery.inventory.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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

/** One row of the stock ledger. Immutable here and append-only in the database (a trigger refuses changes). */
@Entity
@Immutable
@Table(name = "stock_movement")
public class StockMovement extends PanacheEntityBase {

    public enum Kind { RECEIPT, CONSUMPTION, ADJUSTMENT, WASTE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "material_id", nullable = false)
    public Long materialId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String reason;

    /** What caused it: a batch, a production run. */
    public String reference;

    /** Signed: positive in, negative out, in the material's unit. */
    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(name = "quantity_after", nullable = false)
    public BigDecimal quantityAfter;

    @Column(name = "value_change", nullable = false)
    public BigDecimal valueChange;

    @Column(name = "value_after", nullable = false)
    public BigDecimal valueAfter;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "movement_batch", joinColumns = @JoinColumn(name = "movement_id"))
    public List<MovementBatch> batches = new ArrayList<>();
}
