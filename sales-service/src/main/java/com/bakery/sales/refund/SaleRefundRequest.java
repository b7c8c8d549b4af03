package com.bakery.sales.refund;

import com.bakery.sales.sale.Sale;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A refund of a completed sale: the units given back ({@code lines}, priced at what the customer paid for them),
 * or an amount ({@code amountCents}); with neither, everything not yet refunded. {@code restock} puts the
 * returned units back in inventory.
 */
public record SaleRefundRequest(
        @Positive @Max(value = Sale.MAX_CENTS, message = "must be at most " + Sale.MAX_CENTS)
        Long amountCents,
        @Size(max = 50) List<@NotNull @Valid Line> lines,
        Boolean restock,
        @Size(max = 500) String reason) {

    public boolean restocks() {
        return Boolean.TRUE.equals(restock);
    }

    /** {@code quantity}: units, or kg for goods sold by weight. */
    public record Line(@NotNull @Positive Long productId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = "10000", message = "must be at most 10000")
            @Digits(integer = 5, fraction = 3, message = "must have at most 3 decimals (grams)") BigDecimal quantity) {
    }
}
