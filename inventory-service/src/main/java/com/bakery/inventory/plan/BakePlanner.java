package com.bakery.inventory.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Estimates a day's demand for a product from the same weekday of recent weeks. A day that did not sell out counts
 * as what it sold. A day that sold out at, say, 11:00 sold only what came before 11:00: its demand is taken as
 * sold / (the share of a day's sales usually made before 11:00), the share learnt from days that did not sell
 * out. Shares under {@link #MIN_SHARE} are held there, so a tray gone at opening does not count as endless demand.
 * The estimate is the mean of those days.
 */
public final class BakePlanner {

    static final double MIN_SHARE = 0.2;

    private BakePlanner() {
    }

    /** What {@code day} would have sold with enough stock. */
    public static double demand(SalesDay day, DayProfile profile) {
        double sold = day.sold().doubleValue();
        if (day.soldOutAt() == null) {
            return sold;
        }
        return sold / Math.max(MIN_SHARE, profile.shareBefore(day.soldOutAt()));
    }

    /** The mean demand of the days, or null with no days. */
    public static BigDecimal estimate(List<SalesDay> days, DayProfile profile) {
        if (days.isEmpty()) {
            return null;
        }
        double sum = days.stream().mapToDouble(d -> demand(d, profile)).sum();
        return BigDecimal.valueOf(sum / days.size()).setScale(1, RoundingMode.HALF_EVEN);
    }

    /** "Bake what sold last week": the most recent day's sales, or null with no days. */
    public static BigDecimal naive(List<SalesDay> newestFirst) {
        return newestFirst.isEmpty() ? null : newestFirst.get(0).sold();
    }
}
