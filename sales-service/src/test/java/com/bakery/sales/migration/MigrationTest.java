package com.bakery.sales.migration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.sales.Shop;
import com.bakery.testing.migration.MigrationDrill;
import com.bakery.testing.migration.PreviousReleaseDatabase;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Migrate without risking client data" for sales: a database as the release at schema version 2 left it (the only
 * schema so far) is migrated by the service itself at start, to whatever its newest version is; every row is still
 * there and the service reads the old sales, refunds, keys and aggregates, and sells on top of them.
 */
@QuarkusTest
@WithTestResource(value = PreviousReleaseDatabase.class, initArgs = {
        @ResourceArg(name = "schema", value = "sales"),
        @ResourceArg(name = "steps", value = "2=migration/sales-v2.sql") })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationTest {

    private static final String CASH_SALE = "a0000000-0000-4000-8000-000000000001";
    private static final String CARD_SALE = "a0000000-0000-4000-8000-000000000002";
    private static final String FAILED_SALE = "a0000000-0000-4000-8000-000000000003";
    private static final List<String> SEEDED = List.of("tenant_settings", "sale", "sale_line", "sale_step",
            "sale_refund", "daily_sales", "hourly_sales", "product_daily_sales", "processed_event",
            "idempotency_key");

    private final Shop bakery = new Shop("migration-bakery");
    private final MigrationDrill drill = PreviousReleaseDatabase.drill();

    @Test
    @Order(1)
    void everyRowTheEarlierReleaseWroteSurvivesTheMigration() {
        PreviousReleaseDatabase.assertEveryRowSurvived("2", SEEDED);
    }

    @Test
    @Order(2)
    void theServiceReadsTheOldSales() {
        bakery.sale(CASH_SALE).body("status", equalTo("COMPLETED")).body("paymentMethod", equalTo("CASH"))
                .body("totalCents", equalTo(675)).body("taxCents", equalTo(38)).body("changeCents", equalTo(325))
                .body("refundedCents", equalTo(270)).body("paymentId", equalTo(7001))
                .body("lines.productName", contains("Bread", "Croissant"))
                .body("lines.netCents", contains(540, 135))
                .body("lines.refundedQuantity", contains(1, 0))
                .body("history.step", contains("CREATED", "RESERVED", "PAID", "COMPLETED"));
        bakery.sale(CARD_SALE).body("status", equalTo("COMPLETED")).body("paymentMethod", equalTo("CARD"))
                .body("checkoutUrl", equalTo("https://checkout.infinitepay.io/bakery/abc123"))
                .body("history.step", contains("CREATED", "RESERVED", "AWAITING_PAYMENT", "PAID", "COMPLETED"));
        bakery.sale(FAILED_SALE).body("status", equalTo("FAILED")).body("failureCode", equalTo("insufficient_stock"))
                .body("shortfalls[0].available", equalTo(2)).body("lines[0].productName", nullValue())
                .body("totalCents", nullValue());
        bakery.as("manager").get("/api/sales/sales?from=2026-01-15T00:00:00Z&to=2026-01-16T00:00:00Z").then()
                .statusCode(200).body("items.id", contains(FAILED_SALE, CARD_SALE, CASH_SALE));
        bakery.as("auditor").get("/api/sales/sales/" + CASH_SALE + "/refunds").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].amountCents", equalTo(270))
                .body("items[0].restock", equalTo(true)).body("items[0].paymentRefundStatus", equalTo("COMPLETED"));
        bakery.as("cashier").get("/api/sales/settings").then().statusCode(200)
                .body("timeZone", equalTo("Europe/Lisbon")).body("taxRateBp", equalTo(600));
    }

    @Test
    @Order(3)
    void analyticsOfThatDayIncludeTheOldSales() {
        String day = "?from=2026-01-15&to=2026-01-15";
        bakery.as("manager").get("/api/sales/analytics/summary" + day).then().statusCode(200)
                .body("salesCount", equalTo(2)).body("revenueCents", equalTo(975)).body("refundsCents", equalTo(270))
                .body("netRevenueCents", equalTo(705)).body("cogsCents", equalTo(440))
                .body("grossMarginCents", equalTo(265));
        bakery.as("manager").get("/api/sales/analytics/top-products" + day).then().statusCode(200)
                .body("items.productName", contains("Bread", "Croissant")).body("items.units", contains(3, 1));
        bakery.as("manager").get("/api/sales/analytics/hourly" + day).then().statusCode(200)
                .body("items[10].salesCount", equalTo(2)).body("items[11].salesCount", equalTo(0));
    }

    @Test
    @Order(4)
    void oldIdempotencyKeysStillGuardAgainstDoingItTwice() {
        // a retry of the old checkout with another body is refused: its key is taken, nothing is sold twice
        bakery.checkout("till-1-0001", Shop.cash(101, 1, 500)).statusCode(422)
                .body("code", equalTo("idempotency_key_reused"));
        bakery.as("manager").header("Idempotency-Key", "refund-0001").body("{\"amountCents\":100}")
                .post("/api/sales/sales/" + CASH_SALE + "/refunds").then().statusCode(422)
                .body("code", equalTo("idempotency_key_reused"));
        assertEquals("1", drill.queryValue("SELECT count(*) FROM sales.sale_refund"));
    }

    @Test
    @Order(5)
    void theServiceSellsOverTheOldData() {
        long bread = bakery.product("Bread", 300, "EUR", 2, 130);
        String sale = bakery.checkout(Shop.key(), Shop.cash(bread, 1, 500)).statusCode(201)
                .body("taxCents", equalTo(17)).extract().path("id");
        bakery.as("manager").get("/api/sales/sales?limit=10").then().statusCode(200)
                .body("items.id", contains(sale, FAILED_SALE, CARD_SALE, CASH_SALE));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        bakery.as("manager").get("/api/sales/analytics/summary?from=" + today + "&to=" + today).then()
                .statusCode(200).body("salesCount", equalTo(1)).body("revenueCents", equalTo(300));
        bakery.as("manager").get("/api/sales/analytics/summary?from=2026-01-15&to=2026-01-15").then()
                .statusCode(200).body("salesCount", equalTo(2)).body("revenueCents", equalTo(975));
    }
}
