package com.bakery.inventory.waste;

import static com.bakery.inventory.sql.Columns.number;

import com.bakery.inventory.amount.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Sums the product ledger's PRODUCTION and WASTE rows of a period (by when they were recorded). */
@ApplicationScoped
public class WasteReports {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EntityManager em;

    public WasteReports(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public WasteReport report(String tenant, LocalDate from, LocalDate to, ZoneId zone) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.name,
                    coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'PRODUCTION'), 0),
                    coalesce(-sum(m.quantity) FILTER (WHERE m.kind = 'WASTE'), 0),
                    coalesce(-sum(m.value_change) FILTER (WHERE m.kind = 'WASTE'), 0)
                FROM product_movement m JOIN product p ON p.id = m.product_id
                WHERE m.tenant_id = :tenant AND m.kind IN ('PRODUCTION', 'WASTE')
                    AND m.created_at >= :from AND m.created_at < :to
                GROUP BY p.id, p.name ORDER BY lower(p.name), p.id""")
                .setParameter("tenant", tenant)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        List<WasteReport.Line> lines = new ArrayList<>();
        BigDecimal produced = BigDecimal.ZERO;
        BigDecimal wasted = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (Object[] r : rows) {
            BigDecimal made = (BigDecimal) r[2];
            BigDecimal thrown = (BigDecimal) r[3];
            BigDecimal value = (BigDecimal) r[4];
            lines.add(line(number(r[0]), (String) r[1], made, thrown, value));
            produced = produced.add(made);
            wasted = wasted.add(thrown);
            cost = cost.add(value);
        }
        return new WasteReport(from, to, zone.getId(), lines, line(null, null, produced, wasted, cost));
    }

    private static WasteReport.Line line(Long id, String name, BigDecimal produced, BigDecimal wasted,
            BigDecimal cost) {
        BigDecimal percent = produced.signum() == 0 ? null
                : wasted.multiply(HUNDRED).divide(produced, 1, RoundingMode.HALF_EVEN);
        return new WasteReport.Line(id, name, Money.plain(produced), Money.plain(wasted), Money.cents(cost), percent);
    }
}
