package com.bakery.inventory.product;

import com.bakery.inventory.amount.Limits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Body of POST /api/inventory/products/{id}/batches: goods bought in, {@code quantity} units (or kg) at
 * {@code unitCostCents} each (or per kg). {@code bestBefore}: the date on the pack; the product's shelf life from now
 * when absent.
 */
public record ProductBatchRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "1000000", message = "must be at most 1000000")
        @Digits(integer = 7, fraction = 3, message = "must have at most 3 decimals") BigDecimal quantity,
        @NotNull @PositiveOrZero @Max(value = Limits.MAX_TOTAL_CENTS, message = "must be at most "
                + Limits.MAX_TOTAL_CENTS) Long unitCostCents,
        Instant bestBefore,
        @Size(max = 100) String supplierLot) {
}
