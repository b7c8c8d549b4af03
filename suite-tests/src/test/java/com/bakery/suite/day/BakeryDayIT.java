package com.bakery.suite.day;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import com.bakery.suite.SuiteLogs;
import com.bakery.testing.TestTokens;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A whole bakery day through the gateway only, for two tenants at once, checked against what it computed. */
@ExtendWith(Suite.class)
class BakeryDayIT {

    private static final String ADMIN_PASSWORD = "first admin of the day";

    @Test
    void twoBakeriesPlayTheirDayAndEachSeesOnlyItsOwn() {
        Bakery a = Bakery.fresh("day-a");
        Bakery b = Bakery.fresh("day-b");
        BakeryDay day = new BakeryDay(new Gateway(Suite.gatewayUrl()),
                Path.of("../classifier-service/src/main/resources/fruit"), System.out::println);
        CompletableFuture<BakeryDay.Report> playA = CompletableFuture.supplyAsync(() -> day.play(a.tenant(),
                admin(a), ADMIN_PASSWORD));
        CompletableFuture<BakeryDay.Report> playB = CompletableFuture.supplyAsync(() -> day.play(b.tenant(),
                admin(b), ADMIN_PASSWORD));
        BakeryDay.Report ra = playA.join();
        BakeryDay.Report rb = playB.join();

        for (BakeryDay.Report r : List.of(ra, rb)) {
            assertEquals(3, r.delta("salesCount"), r.tenant());
            assertEquals(8250, r.delta("revenueCents"), "revenue: 13.50 + 39.00 + 30.00");
            assertEquals(450, r.delta("refundsCents"), "one croissant refunded");
            assertEquals(790, r.delta("cogsCents"), "FIFO cost of what was sold");
            assertEquals(r.expectedMarginCents(), r.delta("grossMarginCents"));
            assertEquals(7010, r.expectedMarginCents());
            assertEquals("banana", r.photoLabel());
            assertTrue(r.lowStockAnswer().contains("Butter " + r.run()), r.lowStockAnswer());
            assertTrue(r.salesAnswer().contains("82.50"), r.salesAnswer());
            assertTrue(r.auditValid());
            assertEquals("FAILED", r.declinedSaleStatus());
            assertEquals(0, r.declinedSaleCapturedCents(), "a declined card took no money");
            assertEquals(List.of(), Invariants.local().violations(r.tenant()));
        }

        // the day's logs are production's: JSON lines a collector can read, and no password or token in any
        assertTrue(SuiteLogs.assertStructured() >= SuiteLogs.SERVICES.size(), "the services logged as JSON");
        List<String> secrets = new ArrayList<>(ra.secrets());
        secrets.addAll(rb.secrets());
        secrets.addAll(List.of(ADMIN_PASSWORD, Suite.GEMINI_KEY, "bakery_sales_dev", "bakery_payments_dev",
                "bakery_inventory_dev", "bakery_gateway_dev", "bakery_classifier_dev", "bakery-sales-dev"));
        SuiteLogs.assertNoneShows(secrets);

        // b's staff see nothing of a's day, even by id
        b.as("manager").get("/api/sales/sales/" + ra.saleIds().get(0)).then().statusCode(404);
        b.as("manager").get("/api/inventory/products/" + ra.productIds().get(0)).then().statusCode(404);
        b.as("manager").get("/api/inventory/materials?limit=200").then()
                .body("items.name", not(hasItem(ra.materials().get(0))));
        b.as("auditor").get("/api/admin/audit?limit=200").then()
                .body("items.tenant", not(hasItem(a.tenant())));
    }

    /** The tenant's first admin, made with a token the suite's test key signs (as an operator would seed one). */
    private static String admin(Bakery bakery) {
        String username = "admin@" + bakery.tenant();
        given().auth().oauth2(TestTokens.token("operator@" + bakery.tenant(), bakery.tenant(), "admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", ADMIN_PASSWORD, "roles", List.of("admin")))
                .post("/api/admin/users").then().statusCode(201);
        return username;
    }
}
