package com.bakery.sales.checkout;

import com.bakery.sales.sale.Sale;
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

    /** 100,000,000.00: the largest amount tendered or taken off at a till. */
    public static final long MAX_CENTS = 10_000_000_000L;

    public record Line(@NotNull @Positive Long productId, @NotNull @Positive @Max(10_000) Integer quantity) {
    }

    /** CASH needs the amount tendered (the change is computed); CARD goes to the provider's checkout. */
    public record Payment(@NotNull Sale.Method method,
            @PositiveOrZero @Max(value = MAX_CENTS, message = "must be at most " + MAX_CENTS) Long tenderedCents) {
    }

    /** Either a percentage of the subtotal or an amount off, not both. */
    public record Discount(@Min(1) @Max(100) Integer percent,
            @Positive @Max(value = MAX_CENTS, message = "must be at most " + MAX_CENTS) Long amountCents) {
    }
}
