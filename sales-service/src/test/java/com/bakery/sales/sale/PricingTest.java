package com.bakery.sales.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Totals of the largest sales a till accepts are exact: no share of a discount overflows. */
class PricingTest {

    private static SaleLine line(long unitPriceCents, int quantity) {
        SaleLine line = new SaleLine();
        line.unitPriceCents = unitPriceCents;
        line.quantity = java.math.BigDecimal.valueOf(quantity);
        return line;
    }

    @Test
    void aHalfPriceDiscountOnTheLargestLinesIsSpreadExactly() {
        Sale sale = new Sale();
        // 10,000 units at 1,000,000.00 each, three times: gross × discount is ~10^25, beyond a long
        for (int i = 0; i < 3; i++) {
            sale.lines.add(line(100_000_000L, 10_000));
        }
        sale.discountPercent = 50;
        assertTrue(Pricing.apply(sale, 1_000));
        assertEquals(3_000_000_000_000L, sale.subtotalCents);
        assertEquals(1_500_000_000_000L, sale.discountCents);
        assertEquals(1_500_000_000_000L, sale.totalCents);
        long spread = 0;
        for (SaleLine l : sale.lines) {
            assertEquals(500_000_000_000L, l.discountCents);
            assertEquals(500_000_000_000L, l.netCents);
            spread += l.discountCents;
        }
        assertEquals(sale.discountCents, spread);
    }
}
