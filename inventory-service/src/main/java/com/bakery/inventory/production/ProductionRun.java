package com.bakery.inventory.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
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

/** A recipe made {@code batches} times: what it consumed, what it cost, what it produced. */
@Entity
@Table(name = "production_run")
public class ProductionRun extends PanacheEntityBase {

    /** One ingredient's consumption; its batches are on the ledger row {@code movementId}. */
    @Embeddable
    public record Line(
            @Column(name = "material_id", nullable = false) Long materialId,
            @Column(nullable = false) BigDecimal quantity,
            @Column(nullable = false) BigDecimal cost,
            @Column(name = "movement_id", nullable = false) Long movementId) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "recipe_id", nullable = false, updatable = false)
    public Long recipeId;

    @Column(name = "product_id", nullable = false, updatable = false)
    public Long productId;

    @Column(nullable = false, updatable = false)
    public int batches;

    @Column(name = "units_produced", nullable = false)
    public BigDecimal unitsProduced;

    /** Exact cents: the sum of every ingredient's FIFO cost. */
    @Column(name = "material_cost", nullable = false)
    public BigDecimal materialCost = BigDecimal.ZERO;

    /** Exact cents per unit produced (material cost / units, 6 decimals, half-even). */
    @Column(name = "unit_cost", nullable = false)
    public BigDecimal unitCost = BigDecimal.ZERO;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "production_run_line", joinColumns = @JoinColumn(name = "run_id"))
    public List<Line> lines = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    /** When the goods came out of the oven: their age, and so their markdown and best-before, counts from it. */
    @Column(name = "baked_at", nullable = false, updatable = false)
    public Instant bakedAt;

    /** The manager's reason when the run was allowed to use expired ingredient batches. */
    @Column(name = "expired_override", updatable = false)
    public String expiredOverride;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();
}
