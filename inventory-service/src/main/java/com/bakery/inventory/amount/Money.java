package com.bakery.inventory.amount;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of the inventory. Values are kept exact: a quantity (at most 6 decimals) times an integer
 * unit cost in cents is exact at scale 6, and so is every sum of them, so the stock value always equals the sum of
 * remaining batch quantities times their costs, to the last digit. Values are rounded to whole cents, half-even
 * (banker's rounding, no drift up or down over many rows), only when shown to a client.
 */
public final class Money {

    public static final int SCALE = 6;

    private Money() {
    }

    /** Exact value in cents of {@code quantity} at {@code unitCostCents}. */
    public static BigDecimal value(BigDecimal quantity, long unitCostCents) {
        return quantity.multiply(BigDecimal.valueOf(unitCostCents)).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Whole cents for display. */
    public static long cents(BigDecimal exactCents) {
        return exactCents.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** A quantity as clients see it: 25, not 25.000000. */
    public static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
