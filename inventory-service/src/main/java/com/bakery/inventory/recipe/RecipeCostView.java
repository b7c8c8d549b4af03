package com.bakery.inventory.recipe;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one batch of a recipe costs if made now: each ingredient valued at the FIFO batches it would take.
 * {@code coveredByStock} is false when stock is short; the missing part is then valued at the material's latest
 * delivery cost, and {@code shortfall} says how much is missing.
 */
public record RecipeCostView(long recipeId, String name, int yield, long costCents, long unitCostCents,
        boolean coveredByStock, List<Line> lines) {

    public record Line(long materialId, String material, BigDecimal quantity, String unit, long costCents,
            BigDecimal shortfall) {
    }
}
