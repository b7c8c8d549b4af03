package com.bakery.inventory.product;

import com.bakery.inventory.amount.Money;
import java.math.BigDecimal;

public record ProductView(long id, String name, long priceCents, String currency, BigDecimal onHand,
        BigDecimal reserved, BigDecimal available, long stockValueCents, Integer shelfLifeHours, SoldBy soldBy) {

    public static ProductView of(Product p) {
        return new ProductView(p.id, p.name, p.priceCents, p.currency, Money.plain(p.onHand), Money.plain(p.reserved),
                Money.plain(p.available()), Money.cents(p.stockValue), p.shelfLifeHours,
                p.soldBy);
    }
}
