package com.bakery.inventory.product;

import com.bakery.inventory.amount.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A product ledger row as clients see it: units, values in whole cents, and the layers it moved. */
public record ProductLedgerEntryView(long id, long productId, String kind, String reason, String reference,
        BigDecimal quantity, BigDecimal quantityAfter, long valueChangeCents, long valueAfterCents,
        List<LayerTouched> layers, String createdBy, Instant createdAt) {

    public record LayerTouched(long layerId, BigDecimal quantity, BigDecimal unitCostCents) {
    }

    public static ProductLedgerEntryView of(ProductMovement m) {
        return new ProductLedgerEntryView(m.id, m.productId, m.kind.name(), m.reason, m.reference,
                Money.plain(m.quantity), Money.plain(m.quantityAfter), Money.cents(m.valueChange),
                Money.cents(m.valueAfter), m.layers.stream()
                        .map(l -> new LayerTouched(l.layerId(), Money.plain(l.quantity()), Money.plain(l.unitCost())))
                        .toList(),
                m.createdBy, m.createdAt);
    }
}
