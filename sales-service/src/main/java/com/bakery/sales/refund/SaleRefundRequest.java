package com.bakery.sales.refund;

import com.bakery.sales.sale.Sale;
import jakarta.validation.constraints.Max;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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

    public record Line(@NotNull @Positive Long productId, @NotNull @Positive @Max(10_000) Integer quantity) {
    }
}
