package com.bakery.sales.sale;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A sale's totals, in whole cents. The discount is spread over the lines in proportion to their value (the
 * cents lost to rounding go to the last lines), so each line's net is what analytics counts as its revenue.
 * Prices include tax; the tax shown is the part of the total that is tax, rounded half-even.
 */
public final class Pricing {

    private Pricing() {
    }

    /** Fills subtotal, discount, total, tax and each line's share; returns false when the discount exceeds it. */
    public static boolean apply(Sale sale, int taxRateBp) {
        long subtotal = sale.lines.stream().mapToLong(SaleLine::gross).reduce(0, Math::addExact);
        long discount = 0;
        if (sale.discountPercent != null) {
            discount = BigDecimal.valueOf(subtotal).multiply(BigDecimal.valueOf(sale.discountPercent))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN).longValueExact();
        } else if (sale.discountAmountCents != null) {
            discount = sale.discountAmountCents;
        }
        if (discount > subtotal) {
            return false;
        }
        long spread = 0;
        for (SaleLine line : sale.lines) {
            // gross × discount overflows a long for large sales (10^12 × 10^13): the share is computed exactly
            line.discountCents = subtotal == 0 ? 0 : BigDecimal.valueOf(line.gross())
                    .multiply(BigDecimal.valueOf(discount)).divide(BigDecimal.valueOf(subtotal), 0, RoundingMode.DOWN)
                    .longValueExact();
            spread += line.discountCents;
        }
        for (int i = sale.lines.size() - 1; i >= 0 && spread < discount; i--) {
            SaleLine line = sale.lines.get(i);
            long room = Math.min(line.gross() - line.discountCents, discount - spread);
            line.discountCents += room;
            spread += room;
        }
        sale.lines.forEach(line -> line.netCents = line.gross() - line.discountCents);
        sale.subtotalCents = subtotal;
        sale.discountCents = discount;
        sale.totalCents = subtotal - discount;
        sale.taxRateBp = taxRateBp;
        sale.taxCents = BigDecimal.valueOf(Math.multiplyExact(sale.totalCents, (long) taxRateBp))
                .divide(BigDecimal.valueOf(10_000L + taxRateBp), 0, RoundingMode.HALF_EVEN).longValueExact();
        return true;
    }
}
