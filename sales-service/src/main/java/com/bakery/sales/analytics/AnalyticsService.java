package com.bakery.sales.analytics;

import com.bakery.sales.sale.SaleLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the daily aggregates, for days (in the tenant's time zone) from {@code from} to {@code to} inclusive. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnalyticsService {

    /**
     * {@code markdownCents}: what aged goods sold below their price (already out of revenue). The waste figures come
     * from inventory; they are null when it cannot answer, and so is the margin after waste.
     */
    public record Summary(LocalDate from, LocalDate to, long salesCount, long revenueCents, long averageBasketCents,
            long discountCents, long markdownCents, long taxCents, long cogsCents, long refundsCents,
            long netRevenueCents, long grossMarginCents, BigDecimal grossMarginPercent, BigDecimal wastedUnits,
            Long wasteCostCents, Long marginAfterWasteCents, BigDecimal marginAfterWastePercent) {
    }

    /** Goods written off in the period, and what they cost. */
    public record Waste(BigDecimal units, long costCents) {
    }

    public record Day(LocalDate day, long salesCount, long revenueCents, long cogsCents, long refundsCents,
            long grossMarginCents) {
    }

    public record Hour(int hour, long salesCount, long revenueCents) {
    }

    /** {@code units}: units sold, or kg for goods sold by weight. */
    public record ProductFigures(long productId, String productName, BigDecimal units, long revenueCents,
            long cogsCents, long marginCents) {
    }

    private final EntityManager em;

    public AnalyticsService(EntityManager em) {
        this.em = em;
    }

    /**
     * Revenue is what customers paid (after markdowns and discounts, tax included); net revenue takes refunds off;
     * gross margin is net revenue less the FIFO cost of the goods sold; the margin after waste also takes off the
     * FIFO cost of the goods thrown away ({@code waste}, null when unknown).
     */
    public Summary summary(String tenant, LocalDate from, LocalDate to, Waste waste) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT coalesce(sum(sales_count), 0), "
                + "coalesce(sum(revenue_cents), 0), coalesce(sum(discount_cents), 0), coalesce(sum(tax_cents), 0), "
                + "coalesce(sum(cogs_cents), 0), coalesce(sum(refunds_cents), 0), coalesce(sum(markdown_cents), 0) "
                + "FROM daily_sales "
                + "WHERE tenant_id = ?1 AND day BETWEEN ?2 AND ?3")
                .setParameter(1, tenant).setParameter(2, from).setParameter(3, to).getSingleResult();
        long count = n(r[0]);
        long revenue = n(r[1]);
        long cogs = n(r[4]);
        long refunds = n(r[5]);
        long net = revenue - refunds;
        long margin = net - cogs;
        Long afterWaste = waste == null ? null : margin - waste.costCents();
        return new Summary(from, to, count, revenue, count == 0 ? 0 : Math.round((double) revenue / count),
                n(r[2]), n(r[6]), n(r[3]), cogs, refunds, net, margin, percent(margin, net),
                waste == null ? null : waste.units(), waste == null ? null : waste.costCents(), afterWaste,
                afterWaste == null ? null : percent(afterWaste, net));
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }

    /** Every day of the range, days without sales included (at most 366 days). */
    public List<Day> daily(String tenant, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT CAST(d AS date), coalesce(s.sales_count, 0), "
                + "coalesce(s.revenue_cents, 0), coalesce(s.cogs_cents, 0), coalesce(s.refunds_cents, 0) "
                + "FROM generate_series(CAST(?2 AS date), CAST(?3 AS date), interval '1 day') AS d "
                + "LEFT JOIN daily_sales s ON s.tenant_id = ?1 AND s.day = CAST(d AS date) ORDER BY 1")
                .setParameter(1, tenant).setParameter(2, from).setParameter(3, to).getResultList();
        List<Day> days = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate day = r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0];
            days.add(new Day(day, n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[2]) - n(r[4]) - n(r[3])));
        }
        return days;
    }

    /** Sales by hour of day (0 to 23, the tenant's time zone), over the range. */
    public List<Hour> hourly(String tenant, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT h, coalesce(sum(s.sales_count), 0), "
                + "coalesce(sum(s.revenue_cents), 0) FROM generate_series(0, 23) AS h "
                + "LEFT JOIN hourly_sales s ON s.tenant_id = ?1 AND s.hour = h AND s.day BETWEEN ?2 AND ?3 "
                + "GROUP BY h ORDER BY h")
                .setParameter(1, tenant).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new Hour((int) n(r[0]), n(r[1]), n(r[2]))).toList();
    }

    public List<ProductFigures> topProducts(String tenant, LocalDate from, LocalDate to, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT product_id, max(product_name), sum(units), "
                + "sum(revenue_cents), sum(cogs_cents) FROM product_daily_sales "
                + "WHERE tenant_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY product_id "
                + "ORDER BY sum(revenue_cents) DESC, product_id LIMIT ?4")
                .setParameter(1, tenant).setParameter(2, from).setParameter(3, to).setParameter(4, limit)
                .getResultList();
        return rows.stream().map(r -> new ProductFigures(n(r[0]), (String) r[1],
                SaleLine.plain((BigDecimal) r[2]), n(r[3]), n(r[4]),
                n(r[3]) - n(r[4]))).toList();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
