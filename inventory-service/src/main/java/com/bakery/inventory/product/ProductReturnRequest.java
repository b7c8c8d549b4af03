package com.bakery.inventory.product;

import com.bakery.inventory.amount.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** {@code cogsCents}: what the returned units cost when they were sold (their FIFO cost), in cents. */
public record ProductReturnRequest(
        @NotNull @Positive @Max(value = 1_000_000, message = "must be at most 1000000") Integer quantity,
        @NotNull @PositiveOrZero @Max(value = Limits.MAX_TOTAL_CENTS, message = "must be at most "
                + Limits.MAX_TOTAL_CENTS) Long cogsCents,
        @Size(max = 100) String saleId,
        @Size(max = 500) String reason) {
}
