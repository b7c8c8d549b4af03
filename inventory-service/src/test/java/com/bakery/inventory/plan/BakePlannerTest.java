package com.bakery.inventory.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The planner against "bake what sold last week" on generated history whose demand is known: a year of days for
 * five products, each day's customers drawn around the product's weekday demand and spread over the opening hours,
 * with the bakery baking a little under or over it (so some days sell out, as a real shop's do). Both plans are
 * scored by their mean absolute error against each day's true demand.
 */
class BakePlannerTest {

    /** Share of a day's customers in each hour from 07:00 to 18:00: a morning rush, a lunch bump. */
    private static final double[] HOURS = { 0.16, 0.15, 0.10, 0.08, 0.08, 0.10, 0.07, 0.05, 0.05, 0.06, 0.06, 0.04 };
    private static final int[] BASE = { 20, 35, 50, 80, 120 };
    private static final double[] WEEKDAY = { 0.9, 0.8, 0.85, 0.9, 1.1, 1.6, 1.3 };
    private static final int WEEKS = 56;
    private static final int HISTORY = 4;

    record Day(SalesDay seen, int demand, List<LocalTime> saleTimes) {
    }

    @Test
    void comesCloserToTheTrueDemandThanBakingWhatSoldLastWeek() {
        Random random = new Random(27);
        Day[][][] days = new Day[BASE.length][7][WEEKS];
        for (int p = 0; p < BASE.length; p++) {
            for (int weekday = 0; weekday < 7; weekday++) {
                for (int week = 0; week < WEEKS; week++) {
                    days[p][weekday][week] = simulate(random, BASE[p] * WEEKDAY[weekday],
                            LocalDate.of(2025, 1, 6).plusWeeks(week).plusDays(weekday));
                }
            }
        }
        double planError = 0;
        double naiveError = 0;
        double floorError = 0;
        int scored = 0;
        for (int weekday = 0; weekday < 7; weekday++) {
            for (int target = HISTORY; target < WEEKS; target++) {
                // as the service learns it: the sales of every product on the window's days that did not sell out
                List<Day> window = new ArrayList<>();
                for (Day[][] product : days) {
                    window.addAll(List.of(product[weekday]).subList(target - HISTORY, target));
                }
                DayProfile profile = profileOf(window);
                for (int p = 0; p < BASE.length; p++) {
                    Day[][] product = days[p];
                    List<SalesDay> newestFirst = new ArrayList<>();
                    for (int week = target - 1; week >= target - HISTORY; week--) {
                        newestFirst.add(product[weekday][week].seen());
                    }
                    int truth = product[weekday][target].demand();
                    planError += Math.abs(BakePlanner.estimate(newestFirst, profile).doubleValue() - truth);
                    naiveError += Math.abs(BakePlanner.naive(newestFirst).doubleValue() - truth);
                    floorError += Math.abs(BASE[p] * WEEKDAY[weekday] - truth); // knowing the true mean
                    scored++;
                }
            }
        }
        double plan = planError / scored;
        double naive = naiveError / scored;
        System.out.printf("bake plan: %d product-days scored; mean absolute error %.2f units (plan) vs %.2f (naive),"
                + " %.1f %% less; %.2f knowing the true mean demand%n", scored, plan, naive,
                100 * (naive - plan) / naive, floorError / scored);
        assertTrue(plan < naive * 0.85, "the plan's error " + plan + " should be well under the naive " + naive);
    }

    @Test
    void aDayThatSoldOutAtElevenCountsAsMoreThanItSold() {
        // sales spread evenly from 07:00 to 19:00: by 11:00 a third of the day's sales are made
        List<LocalTime> times = new ArrayList<>();
        List<Double> units = new ArrayList<>();
        for (int hour = 7; hour < 19; hour++) {
            times.add(LocalTime.of(hour, 30));
            units.add(1.0);
        }
        DayProfile profile = DayProfile.of(times, units);
        SalesDay soldOut = new SalesDay(LocalDate.of(2026, 12, 5), BigDecimal.valueOf(20), LocalTime.of(11, 0),
                BigDecimal.ZERO);
        SalesDay leftOver = new SalesDay(LocalDate.of(2026, 11, 28), BigDecimal.valueOf(50), null,
                BigDecimal.valueOf(4));
        assertEquals(60.0, BakePlanner.demand(soldOut, profile), 1e-9); // 20 / (4 of 12 hours)
        assertEquals(50.0, BakePlanner.demand(leftOver, profile), 1e-9);
        assertEquals(new BigDecimal("55.0"), BakePlanner.estimate(List.of(soldOut, leftOver), profile));
        // a tray gone at 07:05 does not count as endless demand: the share is held at 20 %
        SalesDay atOpening = new SalesDay(LocalDate.of(2026, 11, 21), BigDecimal.valueOf(10), LocalTime.of(7, 5),
                BigDecimal.ZERO);
        assertEquals(50.0, BakePlanner.demand(atOpening, profile), 1e-9);
        assertEquals(BigDecimal.valueOf(20), BakePlanner.naive(List.of(soldOut, leftOver)));
    }

    private static Day simulate(Random random, double mean, LocalDate date) {
        int demand = poisson(random, mean);
        int baked = (int) Math.round(mean * (0.75 + 0.4 * random.nextDouble()));
        List<LocalTime> arrivals = new ArrayList<>();
        for (int i = 0; i < demand; i++) {
            arrivals.add(arrival(random));
        }
        arrivals.sort(null);
        int sold = Math.min(demand, baked);
        LocalTime soldOutAt = demand >= baked && baked > 0 ? arrivals.get(baked - 1) : null;
        return new Day(new SalesDay(date, BigDecimal.valueOf(sold), soldOutAt, BigDecimal.valueOf(baked - sold)),
                demand, arrivals.subList(0, sold));
    }

    private static DayProfile profileOf(List<Day> window) {
        List<LocalTime> times = new ArrayList<>();
        window.stream().filter(d -> d.seen().soldOutAt() == null).forEach(d -> times.addAll(d.saleTimes()));
        return DayProfile.of(times, times.stream().map(t -> 1.0).toList());
    }

    private static LocalTime arrival(Random random) {
        double r = random.nextDouble();
        int hour = 0;
        while (hour < HOURS.length - 1 && r >= HOURS[hour]) {
            r -= HOURS[hour];
            hour++;
        }
        return LocalTime.of(7 + hour, random.nextInt(60));
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
