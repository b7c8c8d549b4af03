package com.bakery.inventory.stock;

import com.bakery.inventory.amount.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A ledger row as clients see it: quantities in the material's unit, values in whole cents. */
public record LedgerEntryView(long id, long materialId, String kind, String reason, String reference,
        BigDecimal quantity, BigDecimal quantityAfter, long valueChangeCents, long valueAfterCents,
        List<BatchTouched> batches, String createdBy, Instant createdAt) {

    public record BatchTouched(long batchId, BigDecimal quantity, long unitCostCents) {
    }

    public static LedgerEntryView of(StockMovement m) {
        return new LedgerEntryView(m.id, m.materialId, m.kind.name(), m.reason, m.reference, Money.plain(m.quantity),
                Money.plain(m.quantityAfter), Money.cents(m.valueChange), Money.cents(m.valueAfter),
                m.batches.stream()
                        .map(b -> new BatchTouched(b.batchId(), Money.plain(b.quantity()), b.unitCostCents()))
                        .toList(),
                m.createdBy, m.createdAt);
    }
}
