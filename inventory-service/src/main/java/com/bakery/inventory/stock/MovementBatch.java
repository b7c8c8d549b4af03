package com.bakery.inventory.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** How much of one batch a movement moved (negative = taken out), at that batch's unit cost. */
@Embeddable
public record MovementBatch(
        @Column(name = "batch_id", nullable = false) Long batchId,
        @Column(nullable = false) BigDecimal quantity,
        @Column(name = "unit_cost_cents", nullable = false) long unitCostCents) {
}
