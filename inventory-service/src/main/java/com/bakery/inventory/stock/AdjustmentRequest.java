package com.bakery.inventory.stock;

import com.bakery.inventory.amount.Limits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Body of POST /api/inventory/materials/{id}/adjustments. {@code ADJUSTMENT}: a signed correction after a count
 * (a positive one is a new batch at {@code unitCostCents}, default the latest receipt's cost). {@code WASTE}: the
 * quantity thrown away (spoiled, dropped), taken FIFO.
 */
public record AdjustmentRequest(
        @NotNull @Pattern(regexp = "ADJUSTMENT|WASTE", message = "must be ADJUSTMENT or WASTE") String kind,
        @NotNull @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits and 6 decimals")
        @DecimalMin(value = "-" + Limits.MAX_QUANTITY, message = "must be at least -" + Limits.MAX_QUANTITY)
        @DecimalMax(value = Limits.MAX_QUANTITY, message = "must be at most " + Limits.MAX_QUANTITY)
        BigDecimal quantity,
        @NotBlank @Size(max = 200) String reason,
        @PositiveOrZero @Max(value = Limits.MAX_UNIT_COST_CENTS, message = "must be at most "
                + Limits.MAX_UNIT_COST_CENTS) Long unitCostCents) {

    public StockMovement.Kind kindValue() {
        return StockMovement.Kind.valueOf(kind);
    }
}
