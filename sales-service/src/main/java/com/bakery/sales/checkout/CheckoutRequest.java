package com.bakery.sales.checkout;

import com.bakery.sales.sale.Sale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A checkout: what the customer takes and how they pay. Prices are never part of it. */
public record CheckoutRequest(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Line> lines,
        @NotNull @Valid Payment payment,
        @Valid Discount discount) {

    /** {@code quantity}: units, or kg to the gram for goods sold by weight (inventory knows which). */
    public record Line(@NotNull @Positive Long productId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = "10000", message = "must be at most 10000")
            @Digits(integer = 5, fraction = 3, message = "must have at most 3 decimals (grams)") BigDecimal quantity) {
    }

    /** CASH needs the amount tendered (the change is computed); CARD goes to the provider's checkout. */
    public record Payment(@NotNull Sale.Method method,
            @PositiveOrZero @Max(value = Sale.MAX_CENTS, message = "must be at most " + Sale.MAX_CENTS)
            Long tenderedCents) {
    }

    /**
     * Either a percentage of the subtotal or an amount off, not both, and always why. Above the tenant's threshold
     * it needs a manager's approval from the till ({@code approvalToken}, from {@code POST /auth/till/approve}).
     */
    public record Discount(@Min(1) @Max(100) Integer percent,
            @Positive @Max(value = Sale.MAX_CENTS, message = "must be at most " + Sale.MAX_CENTS) Long amountCents,
            @Size(max = 200) String reason, @Size(max = 4000) String approvalToken) {
    }
}
