package com.bakery.inventory.production;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of POST /api/inventory/production-runs. */
public record ProductionRequest(@NotNull Long recipeId, @NotNull @Min(1) @Max(1000) Integer batches) {
}
