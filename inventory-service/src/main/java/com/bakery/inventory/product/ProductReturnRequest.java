package com.bakery.inventory.product;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** {@code cogsCents}: what the returned units cost when they were sold (their FIFO cost), in cents. */
public record ProductReturnRequest(
        @NotNull @Positive Integer quantity,
        @NotNull @PositiveOrZero Long cogsCents,
        @Size(max = 100) String saleId,
        @Size(max = 500) String reason) {
}
