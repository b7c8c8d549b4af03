package com.bakery.inventory.stock;

import com.bakery.inventory.amount.Limits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Body of POST /api/inventory/materials/{id}/batches: a delivery received. Maxima: 1,000,000 of the material's
 * unit and 1,000,000.00 a unit ({@link com.bakery.inventory.amount.Limits}), so stock values stay far inside what
 * the ledger and every total can hold.
 */
public record BatchRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = Limits.MAX_QUANTITY, message = "must be at most " + Limits.MAX_QUANTITY)
        @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits and 6 decimals")
        BigDecimal quantity,
        @NotNull @PositiveOrZero @Max(value = Limits.MAX_UNIT_COST_CENTS, message = "must be at most "
                + Limits.MAX_UNIT_COST_CENTS) Long unitCostCents,
        @PastOrPresent Instant receivedAt,
        LocalDate expiresOn,
        @Size(max = 120) String supplierLot) {
}
