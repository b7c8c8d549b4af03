package com.bakery.inventory.material;

import com.bakery.inventory.amount.Money;
import java.math.BigDecimal;
import java.time.Instant;

/** A material as clients see it: quantities in its unit, value in whole cents. */
public record MaterialView(long id, String name, String unit, BigDecimal minimumQuantity, String supplier,
        String category, BigDecimal onHand, long stockValueCents, boolean belowMinimum, Instant createdAt) {

    public static MaterialView of(Material m) {
        return new MaterialView(m.id, m.name, m.unit.code(), Money.plain(m.minimumQuantity), m.supplier, m.category,
                Money.plain(m.onHand), Money.cents(m.stockValue), m.onHand.compareTo(m.minimumQuantity) < 0,
                m.createdAt);
    }
}
