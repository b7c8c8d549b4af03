package com.bakery.sales.analytics;

import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hibernate.query.NativeQuery;

/**
 * Daily, hourly and per-product totals, added to in the transaction that completes a sale or records a refund,
 * so analytics reads a few rows instead of scanning every sale (and matches the raw rows exactly).
 */
@ApplicationScoped
public class SalesAggregates {

    private final EntityManager em;

    public SalesAggregates(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSale(Sale sale, ZoneId zone) {
        ZonedDateTime at = sale.completedAt.atZone(zone);
        LocalDate day = at.toLocalDate();
        // the sale's own changes first, so the day's row (every sale of the tenant adds to it) is locked last
        em.flush();
        long markdown = sale.lines.stream().mapToLong(l -> l.markdownCents).sum();
        upsert("daily_sales", "INSERT INTO daily_sales AS d (tenant_id, day, sales_count, revenue_cents, "
                + "discount_cents, tax_cents, cogs_cents, markdown_cents) VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7) "
                + "ON CONFLICT (tenant_id, day) DO UPDATE SET sales_count = d.sales_count + 1, "
                + "revenue_cents = d.revenue_cents + ?3, discount_cents = d.discount_cents + ?4, "
                + "tax_cents = d.tax_cents + ?5, cogs_cents = d.cogs_cents + ?6, "
                + "markdown_cents = d.markdown_cents + ?7")
                .setParameter(1, sale.tenantId).setParameter(2, day).setParameter(3, sale.totalCents)
                .setParameter(4, sale.discountCents).setParameter(5, sale.taxCents)
                .setParameter(6, sale.cogsCents).setParameter(7, markdown).executeUpdate();
        upsert("hourly_sales", "INSERT INTO hourly_sales AS h (tenant_id, day, hour, sales_count, revenue_cents) "
                + "VALUES (?1, ?2, ?3, 1, ?4) ON CONFLICT (tenant_id, day, hour) DO UPDATE SET "
                + "sales_count = h.sales_count + 1, revenue_cents = h.revenue_cents + ?4")
                .setParameter(1, sale.tenantId).setParameter(2, day).setParameter(3, at.getHour())
                .setParameter(4, sale.totalCents).executeUpdate();
        for (SaleLine line : sale.lines) {
            upsert("product_daily_sales", "INSERT INTO product_daily_sales AS p (tenant_id, day, product_id, "
                    + "product_name, units, revenue_cents, cogs_cents, markdown_cents) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                    + "ON CONFLICT (tenant_id, day, product_id) DO UPDATE SET product_name = ?4, "
                    + "units = p.units + ?5, revenue_cents = p.revenue_cents + ?6, cogs_cents = p.cogs_cents + ?7, "
                    + "markdown_cents = p.markdown_cents + ?8")
                    .setParameter(1, sale.tenantId).setParameter(2, day).setParameter(3, line.productId)
                    .setParameter(4, line.productName).setParameter(5, line.quantity)
                    .setParameter(6, line.netCents).setParameter(7, line.cogsCents)
                    .setParameter(8, line.markdownCents).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRefund(String tenant, long amountCents, Instant at, ZoneId zone) {
        upsert("daily_sales", "INSERT INTO daily_sales AS d (tenant_id, day, refunds_cents) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (tenant_id, day) DO UPDATE SET refunds_cents = d.refunds_cents + ?3")
                .setParameter(1, tenant).setParameter(2, at.atZone(zone).toLocalDate())
                .setParameter(3, amountCents).executeUpdate();
    }

    /**
     * A native statement that touches only {@code table}, which no entity maps. Said so, Hibernate neither flushes
     * the session before it nor forgets every cached entity after it, as it must for SQL it knows nothing about.
     */
    private Query upsert(String table, String sql) {
        NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        return query.addSynchronizedQuerySpace(table);
    }
}
