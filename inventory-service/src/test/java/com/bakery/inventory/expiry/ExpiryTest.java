package com.bakery.inventory.expiry;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.inventory.Tenant;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ingredient batches near or past their expiry: alerts and their events, production that skips them, write-offs. */
@QuarkusTest
class ExpiryTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC); // the test profile's zone

    @Inject
    RedisDataSource redis;

    @ConfigProperty(name = "bakery.outbox.stream")
    String stream;

    @Test
    void aBatchNearItsExpiryIsAlertedOnceAndResolvedWhenUsedUp() {
        Tenant shop = Tenant.fresh();
        long butter = shop.createMaterial("Butter", "kg", 0);
        long soon = shop.receive(butter, batch("5", 900, TODAY.plusDays(1)));
        long later = shop.receive(butter, batch("5", 900, TODAY.plusDays(30)));

        shop.as("baker").get("/api/inventory/expiry-alerts").then().statusCode(200)
                .body("items.batch.batchId", contains((int) soon)).body("items[0].batch.material", equalTo("Butter"))
                .body("items[0].batch.daysLeft", equalTo(1)).body("items[0].batch.expired", equalTo(false))
                .body("items[0].batch.valueCents", equalTo(4500));
        shop.as("baker").get("/api/inventory/batches/expiring?withinDays=7").then().statusCode(200)
                .body("batchId", contains((int) soon));
        shop.as("baker").get("/api/inventory/batches/expiring?withinDays=60").then().statusCode(200)
                .body("batchId", contains((int) soon, (int) later));

        shop.stockMove("baker").body("{\"kind\":\"WASTE\",\"quantity\":5,\"reason\":\"used for a trial\"}")
                .post("/api/inventory/materials/" + butter + "/adjustments").then().statusCode(201);
        shop.as("baker").get("/api/inventory/expiry-alerts").then().body("items", empty());
        shop.as("baker").get("/api/inventory/expiry-alerts?status=RESOLVED").then()
                .body("items.batch.batchId", contains((int) soon)).body("items[0].remainingAtOpen", equalTo(5));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<StreamMessage<String, String, String>> events = redis.stream(String.class)
                    .xrange(stream, StreamRange.of("-", "+")).stream()
                    .filter(m -> shop.id().equals(m.payload().get("tenant"))).toList();
            assertEquals(List.of("inventory.batch-expiring.opened", "inventory.batch-expiring.resolved"),
                    events.stream().map(m -> m.payload().get("type")).toList());
            assertEquals("batch:" + soon, events.get(0).payload().get("aggregateId"));
        });
    }

    @Test
    void productionSkipsExpiredBatchesUnlessAManagerSaysWhy() {
        Tenant shop = Tenant.fresh();
        long flour = shop.createMaterial("Flour", "kg", 0);
        shop.receive(flour, "{\"quantity\":4,\"unitCostCents\":100,\"receivedAt\":\""
                + Instant.now().minus(10, ChronoUnit.DAYS) + "\",\"expiresOn\":\"" + TODAY.minusDays(1) + "\"}");
        shop.receive(flour, batch("3", 200, TODAY.plusDays(30)));
        long loaf = shop.createProduct("Loaf", 500);
        long recipe = shop.createRecipe("Loaf", loaf, 1, "{\"materialId\":" + flour + ",\"quantity\":1}");

        shop.stockMove("baker").body(run(recipe, 5, null)).post("/api/inventory/production-runs").then()
                .statusCode(409).body("code", equalTo("insufficient_stock"))
                .body("shortfalls[0].available", equalTo(3)).body("shortfalls[0].expired", equalTo(4))
                .body("shortfalls[0].missing", equalTo(2)).body("detail", containsString("4 kg more expired"));
        shop.stockMove("baker").body(run(recipe, 2, null)).post("/api/inventory/production-runs").then()
                .statusCode(201).body("materialCostCents", equalTo(400)).body("expiredOverride", equalTo(null));

        String because = "Checked by the manager, fine for croutons";
        shop.stockMove("baker").body(run(recipe, 3, because)).post("/api/inventory/production-runs").then()
                .statusCode(403).body("code", equalTo("expired_override_needs_manager"));
        shop.stockMove("manager").body(run(recipe, 3, because)).post("/api/inventory/production-runs").then()
                .statusCode(201).body("materialCostCents", equalTo(300)).body("expiredOverride", equalTo(because));
        shop.as("manager").get("/api/inventory/materials/" + flour + "/ledger").then()
                .body("items[3].reason", equalTo("production, expired allowed: " + because));

        shop.as("baker").post("/api/inventory/write-offs/expired-batches").then().statusCode(200)
                .body("kind", contains("WASTE")).body("[0].quantity", equalTo(-1))
                .body("[0].valueChangeCents", equalTo(-100)).body("[0].reason", equalTo("expired"));
        shop.material(flour).body("onHand", equalTo(1)).body("stockValueCents", equalTo(200));
        shop.as("baker").post("/api/inventory/write-offs/expired-batches").then().statusCode(200).body("", empty());
        shop.as("cashier").post("/api/inventory/write-offs/expired-batches").then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET  | /api/inventory/batches/expiring?withinDays=-1 | withinDays",
            "GET  | /api/inventory/batches/expiring?withinDays=400 | withinDays",
            "GET  | /api/inventory/expiry-alerts?status=GONE       | status" })
    void refusesBadQueries(String method, String path, String field) {
        Tenant.fresh().as("manager").request(method.strip(), path.strip()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field.strip()));
    }

    @Test
    void refusesAnOverrideWithoutARealReasonAndMakesNothing() {
        Tenant shop = Tenant.fresh();
        long loaf = shop.createProduct("Loaf", 500);
        long sugar = shop.createMaterial("Sugar", "kg", 0);
        shop.receive(sugar, "2", 100);
        long recipe = shop.createRecipe("Sweet loaf", loaf, 1, "{\"materialId\":" + sugar + ",\"quantity\":1}");
        shop.stockMove("manager").body(run(recipe, 1, "ok")).post("/api/inventory/production-runs").then()
                .statusCode(400).body("errors.field", hasItem("useExpiredBecause"));
        shop.material(sugar).body("onHand", equalTo(2));
    }

    private static String batch(String quantity, long unitCostCents, LocalDate expiresOn) {
        return "{\"quantity\":" + quantity + ",\"unitCostCents\":" + unitCostCents + ",\"expiresOn\":\"" + expiresOn
                + "\"}";
    }

    private static String run(long recipe, int batches, String because) {
        return "{\"recipeId\":" + recipe + ",\"batches\":" + batches
                + (because == null ? "" : ",\"useExpiredBecause\":\"" + because + "\"") + "}";
    }
}
