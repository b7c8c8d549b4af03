package com.bakery.inventory.plan;

import java.time.LocalTime;
import java.util.List;

/**
 * How a day's sales spread over its hours: the share of a day's sales made before each minute, learnt from days
 * that did not sell out (on those, sales are the demand). Used to tell what a sold-out day would have sold.
 */
public final class DayProfile {

    private static final int MINUTES = 24 * 60;

    /**
     * Until a day that did not sell out has been seen, nothing is known of how sales spread: a sold-out day then
     * counts as what it sold (every share is 1), never as a guess above it.
     */
    public static final DayProfile UNKNOWN = new DayProfile(null);

    private final double[] before;

    private DayProfile(double[] before) {
        this.before = before;
    }

    /** From the minutes of the day at which units sold (one entry per unit, or per sale weighted by units). */
    public static DayProfile of(List<LocalTime> saleTimes, List<Double> units) {
        double[] perMinute = new double[MINUTES];
        double total = 0;
        for (int i = 0; i < saleTimes.size(); i++) {
            perMinute[saleTimes.get(i).getHour() * 60 + saleTimes.get(i).getMinute()] += units.get(i);
            total += units.get(i);
        }
        if (total == 0) {
            return UNKNOWN;
        }
        double[] before = new double[MINUTES + 1];
        for (int m = 0; m < MINUTES; m++) {
            before[m + 1] = before[m] + perMinute[m] / total;
        }
        return new DayProfile(before);
    }

    /** The share of a day's sales usually made before {@code time}. */
    public double shareBefore(LocalTime time) {
        return before == null ? 1.0 : before[time.getHour() * 60 + time.getMinute()];
    }
}
