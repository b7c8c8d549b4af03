package com.bakery.inventory.stock;

import com.bakery.inventory.amount.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record BatchView(long id, long materialId, BigDecimal quantity, BigDecimal remaining, long unitCostCents,
        Instant receivedAt, LocalDate expiresOn, String supplierLot) {

    public static BatchView of(Batch b) {
        return new BatchView(b.id, b.materialId, Money.plain(b.quantity), Money.plain(b.remaining), b.unitCostCents,
                b.receivedAt, b.expiresOn, b.supplierLot);
    }
}
