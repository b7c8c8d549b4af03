package com.bakery.inventory.plan;

import static com.bakery.inventory.sql.Columns.instant;
import static com.bakery.inventory.sql.Columns.number;

import com.bakery.inventory.amount.Money;
import com.bakery.inventory.product.ProductMovement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads days of the product ledger: per product and day, what sold, whether and when stock ran out (a sale that
 * left none, with no new units later that day), what was thrown away; and the times of sales on days that did not
 * sell out, for the day's profile.
 */
@ApplicationScoped
public class SalesHistory {

    private final EntityManager em;

    public SalesHistory(EntityManager em) {
        this.em = em;
    }

    /**
     * The days asked for, newest first, by product; a day the shop sold nothing at all is left out (it was
     * closed), and a product with no movement on an open day sold nothing that day.
     */
    public record Days(Map<Long, List<SalesDay>> byProduct, List<LocalDate> openDays, DayProfile profile) {

        public List<SalesDay> of(long productId) {
            return byProduct.getOrDefault(productId, openDays.stream()
                    .map(d -> new SalesDay(d, BigDecimal.ZERO, null, BigDecimal.ZERO)).toList());
        }
    }

    public Days of(String tenant, Set<LocalDate> days, ZoneId zone) {
        TreeSet<LocalDate> sorted = new TreeSet<>(days);
        Map<Long, Map<LocalDate, Tally>> tallies = new HashMap<>();
        Set<LocalDate> open = new TreeSet<>();
        for (Object[] r : movements(tenant, sorted.first().atStartOfDay(zone).toInstant(),
                sorted.last().plusDays(1).atStartOfDay(zone).toInstant())) {
            ZonedDateTime at = instant(r[4]).atZone(zone);
            if (!sorted.contains(at.toLocalDate())) {
                continue;
            }
            ProductMovement.Kind kind = ProductMovement.Kind.valueOf((String) r[1]);
            Tally t = tallies.computeIfAbsent(number(r[0]), k -> new HashMap<>())
                    .computeIfAbsent(at.toLocalDate(), d -> new Tally());
            BigDecimal quantity = (BigDecimal) r[2];
            if (kind == ProductMovement.Kind.SALE) {
                open.add(at.toLocalDate());
                t.sold = t.sold.add(quantity.negate());
                t.sales.add(at.toLocalTime());
                t.units.add(quantity.negate().doubleValue());
                if (((BigDecimal) r[3]).signum() == 0 && t.soldOutAt == null) {
                    t.soldOutAt = at.toLocalTime();
                }
            } else if (kind == ProductMovement.Kind.WASTE) {
                t.wasted = t.wasted.add(quantity.negate());
            } else if (quantity.signum() > 0 && t.soldOutAt != null) {
                t.soldOutAt = null; // restocked after running out: the day did not end sold out
            }
        }
        Map<Long, List<SalesDay>> byProduct = new HashMap<>();
        List<LocalTime> times = new ArrayList<>();
        List<Double> units = new ArrayList<>();
        tallies.forEach((product, perDay) -> {
            List<SalesDay> list = new ArrayList<>();
            for (LocalDate day : sorted.descendingSet()) {
                if (!open.contains(day)) {
                    continue;
                }
                Tally t = perDay.getOrDefault(day, new Tally());
                list.add(new SalesDay(day, Money.plain(t.sold), t.soldOutAt, Money.plain(t.wasted)));
                if (t.soldOutAt == null) {
                    times.addAll(t.sales);
                    units.addAll(t.units);
                }
            }
            byProduct.put(product, list);
        });
        List<LocalDate> openDays = new ArrayList<>(open);
        Collections.reverse(openDays);
        return new Days(byProduct, openDays, DayProfile.of(times, units));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> movements(String tenant, Instant from, Instant to) {
        return em.createNativeQuery("""
                SELECT product_id, kind, quantity, quantity_after, created_at FROM product_movement
                WHERE tenant_id = ?1 AND created_at >= ?2 AND created_at < ?3 ORDER BY product_id, id""")
                .setParameter(1, tenant).setParameter(2, from).setParameter(3, to).getResultList();
    }

    private static final class Tally {
        BigDecimal sold = BigDecimal.ZERO;
        BigDecimal wasted = BigDecimal.ZERO;
        LocalTime soldOutAt;
        final List<LocalTime> sales = new ArrayList<>();
        final List<Double> units = new ArrayList<>();
    }
}
