package com.bakery.inventory.waste;

import com.bakery.inventory.amount.Money;
import com.bakery.inventory.product.ProductMovement;
import java.math.BigDecimal;
import java.time.Instant;

/** A write-off as the ledger holds it: units out (positive here) and their FIFO cost. */
public record WriteOffView(long movementId, long productId, BigDecimal quantity, long costCents, String reason,
        String createdBy, Instant createdAt) {

    static WriteOffView of(ProductMovement m) {
        return new WriteOffView(m.id, m.productId, Money.plain(m.quantity.negate()),
                Money.cents(m.valueChange.negate()), m.reason, m.createdBy, m.createdAt);
    }
}
