package com.bakery.inventory.product;

import com.bakery.inventory.amount.Money;
import java.math.BigDecimal;
import java.time.Instant;

/** Units of a product still on the shelf from one run (or return): how old they are, and when they spoil. */
public record ProductLayerView(long id, Long productionRunId, ProductLayer.Source source, BigDecimal remaining,
        BigDecimal unitCostCents, Instant bakedAt, Instant bestBefore) {

    public static ProductLayerView of(ProductLayer l) {
        return new ProductLayerView(l.id, l.productionRunId, l.source, Money.plain(l.remaining),
                Money.plain(l.unitCost), l.bakedAt, l.bestBefore);
    }
}
