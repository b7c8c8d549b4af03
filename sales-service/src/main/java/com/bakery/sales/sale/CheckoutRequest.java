package com.bakery.sales.sale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A checkout: what the customer takes and how they pay. Prices are never part of it. */
public record CheckoutRequest(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Line> lines,
        @NotNull @Valid Payment payment,
        @Valid Discount discount) {

    public record Line(@NotNull @Positive Long productId, @NotNull @Positive @Max(10_000) Integer quantity) {
    }

    /** CASH needs the amount tendered (the change is computed); CARD goes to the provider's checkout. */
    public record Payment(@NotNull Sale.Method method, @PositiveOrZero Long tenderedCents) {
    }

    /** Either a percentage of the subtotal or an amount off, not both. */
    public record Discount(@Min(1) @Max(100) Integer percent, @Positive Long amountCents) {
    }
}
