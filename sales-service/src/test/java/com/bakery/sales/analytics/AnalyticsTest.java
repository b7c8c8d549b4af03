package com.bakery.sales.analytics;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.sales.Shop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnalyticsTest {

    private static final ZoneId ZONE = ZoneId.of("Pacific/Kiritimati");

    private final Shop shop = Shop.fresh();

    @Inject
    EntityManager em;

    @Test
    void summaryDailyHourlyAndTopProductsMatchTheSalesThatMadeThem() {
        shop.as("manager").body("{\"timeZone\":\"" + ZONE + "\",\"taxRateBp\":0}").put("/api/sales/settings")
                .then().statusCode(200).body("timeZone", equalTo(ZONE.toString()));
        int hourBefore = ZonedDateTime.now(ZONE).getHour(); // the sales may straddle an hour: both are looked at
        long bread = shop.product("Bread", 450, "BRL", 10, 120);
        long cake = shop.product("Cake", 2000, "BRL", 3, 700);
        String first = shop.checkout(Shop.key(), Shop.cash(bread, 2, 900)).statusCode(201).extract().path("id");
        shop.checkout(Shop.key(), Shop.cash(cake, 1, 2000)).statusCode(201);
        shop.checkout(Shop.key(), "{\"lines\":[{\"productId\":" + bread + ",\"quantity\":1},{\"productId\":" + cake
                + ",\"quantity\":1}],\"payment\":{\"method\":\"CASH\",\"tenderedCents\":3000},"
                + "\"discount\":{\"amountCents\":245,\"reason\":\"Day-old\"}}").statusCode(201)
                .body("totalCents", equalTo(2205));
        shop.checkout(Shop.key(), Shop.cash(bread, 50, 100_000)).statusCode(409);
        shop.as("manager").header("Idempotency-Key", Shop.key()).body("{\"amountCents\":100}")
                .post("/api/sales/sales/" + first + "/refunds").then().statusCode(201);

        // revenue 900 + 2000 + 2205; cost 240 + 700 + (120 + 700); refunds 100
        LocalDate today = LocalDate.now(ZONE);
        shop.as("manager").get("/api/sales/analytics/summary").then().statusCode(200)
                .body("from", equalTo(today.toString())).body("salesCount", equalTo(3))
                .body("revenueCents", equalTo(5105)).body("cogsCents", equalTo(1760))
                .body("discountCents", equalTo(245)).body("refundsCents", equalTo(100))
                .body("netRevenueCents", equalTo(5005)).body("grossMarginCents", equalTo(3245))
                .body("averageBasketCents", equalTo(1702));
        shop.as("manager").get("/api/sales/analytics/top-products").then().statusCode(200)
                .body("items[0].productId", equalTo((int) cake)).body("items[0].units", equalTo(2))
                .body("items[1].productId", equalTo((int) bread)).body("items[1].units", equalTo(3));
        int hourAfter = ZonedDateTime.now(ZONE).getHour();
        List<Integer> hourly = shop.as("manager").get("/api/sales/analytics/hourly").then().statusCode(200)
                .body("items.size()", equalTo(24)).extract().path("items.salesCount");
        int inTheirHours = hourly.get(hourBefore) + (hourAfter == hourBefore ? 0 : hourly.get(hourAfter));
        assertEquals(3, inTheirHours, "the three sales are counted in the hour they were made, by hour: " + hourly);
        shop.as("manager").get("/api/sales/analytics/daily?from=" + today.minusDays(2) + "&to=" + today)
                .then().statusCode(200).body("items.size()", equalTo(3)).body("items[2].revenueCents", equalTo(5105))
                .body("items[0].revenueCents", equalTo(0));
        shop.as("cashier").get("/api/sales/analytics/summary").then().statusCode(403);
        shop.as("manager").get("/api/sales/analytics/summary?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        assertAggregatesMatchRawRows();
    }

    /** The aggregates analytics reads are exact against the sale rows they were built from. */
    private void assertAggregatesMatchRawRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] raw = (Object[]) em.createNativeQuery("SELECT count(*), sum(total_cents), sum(cogs_cents), "
                    + "sum(refunded_cents) FROM sale WHERE tenant_id = ?1 AND status = 'COMPLETED'")
                    .setParameter(1, shop.tenant()).getSingleResult();
            Object[] agg = (Object[]) em.createNativeQuery("SELECT sum(sales_count), sum(revenue_cents), "
                    + "sum(cogs_cents), sum(refunds_cents) FROM daily_sales WHERE tenant_id = ?1")
                    .setParameter(1, shop.tenant()).getSingleResult();
            for (int i = 0; i < 4; i++) {
                assertEquals(((Number) raw[i]).longValue(), ((Number) agg[i]).longValue(), "column " + i);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> lines = em.createNativeQuery("SELECT l.product_id, sum(l.quantity), sum(l.net_cents), "
                    + "sum(l.cogs_cents) FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE s.tenant_id = ?1 "
                    + "AND s.status = 'COMPLETED' GROUP BY l.product_id ORDER BY 1").setParameter(1, shop.tenant())
                    .getResultList();
            @SuppressWarnings("unchecked")
            List<Object[]> products = em.createNativeQuery("SELECT product_id, sum(units), sum(revenue_cents), "
                    + "sum(cogs_cents) FROM product_daily_sales WHERE tenant_id = ?1 GROUP BY product_id ORDER BY 1")
                    .setParameter(1, shop.tenant()).getResultList();
            assertEquals(lines.size(), products.size());
            for (int r = 0; r < lines.size(); r++) {
                for (int i = 0; i < 4; i++) {
                    assertEquals(((Number) lines.get(r)[i]).longValue(), ((Number) products.get(r)[i]).longValue());
                }
            }
        });
    }
}
