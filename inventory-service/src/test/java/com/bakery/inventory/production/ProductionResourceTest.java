package com.bakery.inventory.production;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.inventory.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductionResourceTest {

    private final Tenant bakery = Tenant.fresh();

    @Inject
    AgroalDataSource db;

    @Test
    void aRunConsumesEveryIngredientFifoAndAddsTheProductAtItsCost() {
        long flour = bakery.createMaterial("Flour", "kg", 0);
        long butter = bakery.createMaterial("Butter", "g", 0);
        bakery.receive(flour, "{\"quantity\":5,\"unitCostCents\":100,\"receivedAt\":\"2026-11-01T06:00:00Z\"}");
        bakery.receive(flour, "{\"quantity\":10,\"unitCostCents\":200,\"receivedAt\":\"2026-11-02T06:00:00Z\"}");
        bakery.receive(butter, "1000", 2);
        long loaf = bakery.createProduct("Butter loaf", 300);
        long recipe = bakery.createRecipe("Butter loaves", loaf, 10,
                "{\"materialId\":" + flour + ",\"quantity\":4500,\"unit\":\"g\"},"
                        + "{\"materialId\":" + butter + ",\"quantity\":0.25,\"unit\":\"kg\"}");

        int runId = bakery.stockMove("baker").body("{\"recipeId\":" + recipe + ",\"batches\":2}")
                .post("/api/inventory/production-runs")
                .then().statusCode(201)
                .body("unitsProduced", equalTo(20))
                // flour: 5 kg × 100 + 4 kg × 200 = 1300; butter: 500 g × 2 = 1000
                .body("materialCostCents", equalTo(2300))
                .body("unitCostCents", equalTo(115))
                .body("lines.materialId", contains((int) flour, (int) butter))
                .body("lines.quantity", contains(9, 500))
                .body("lines.costCents", contains(1300, 1000))
                .extract().path("id");

        bakery.material(flour).body("onHand", equalTo(6)).body("stockValueCents", equalTo(1200));
        bakery.material(butter).body("onHand", equalTo(500)).body("stockValueCents", equalTo(1000));
        bakery.product(loaf).body("onHand", equalTo(20)).body("available", equalTo(20))
                .body("stockValueCents", equalTo(2300));
        bakery.as("manager").get("/api/inventory/materials/" + flour + "/ledger")
                .then().body("items.kind", contains("RECEIPT", "RECEIPT", "CONSUMPTION"))
                .body("items[2].reference", equalTo("production-run:" + runId))
                .body("items[2].batches.quantity", contains(-5, -4));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        bakery.as("auditor").get("/api/inventory/production-runs?date=" + today)
                .then().statusCode(200).body("items.id", hasItem(runId));
        bakery.as("auditor").get("/api/inventory/production-runs/" + runId)
                .then().statusCode(200).body("materialCostCents", equalTo(2300));
    }

    @Test
    void aShortRunListsEveryShortfallAndConsumesNothing() {
        long flour = bakery.createMaterial("Rye", "kg", 0);
        long salt = bakery.createMaterial("Salt", "g", 0);
        long seeds = bakery.createMaterial("Seeds", "g", 0);
        bakery.receive(flour, "3", 100);
        bakery.receive(salt, "10", 1);
        bakery.receive(seeds, "1000", 1);
        long loaf = bakery.createProduct("Rye loaf", 350);
        long recipe = bakery.createRecipe("Rye loaves", loaf, 4, "{\"materialId\":" + flour + ",\"quantity\":2},"
                + "{\"materialId\":" + salt + ",\"quantity\":20},{\"materialId\":" + seeds + ",\"quantity\":100}");

        bakery.stockMove("baker").body("{\"recipeId\":" + recipe + ",\"batches\":2}")
                .post("/api/inventory/production-runs")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("insufficient_stock"))
                .body("shortfalls.name", containsInAnyOrder("Rye", "Salt"))
                .body("shortfalls.find { it.name == 'Rye' }.missing", equalTo(1))
                .body("shortfalls.find { it.name == 'Salt' }.missing", equalTo(30));

        bakery.material(flour).body("onHand", equalTo(3));
        bakery.material(seeds).body("onHand", equalTo(1000));
        assertEquals(1, bakery.ledgerSize(seeds), "the ingredient that was not short was not consumed either");
        bakery.product(loaf).body("onHand", equalTo(0));
    }

    @Test
    void refusesUnknownRecipesBadBatchCountsAndOtherRoles() {
        bakery.stockMove("baker").body("{\"recipeId\":999999999,\"batches\":1}").post("/api/inventory/production-runs")
                .then().statusCode(404).body("code", equalTo("recipe_not_found"));
        bakery.stockMove("baker").body("{\"recipeId\":1,\"batches\":0}").post("/api/inventory/production-runs")
                .then().statusCode(400).body("errors.field", hasItem("batches"));
        bakery.stockMove("baker").body("{\"recipeId\":1,\"batches\":100000}").post("/api/inventory/production-runs")
                .then().statusCode(400).body("errors.field", hasItem("batches"));
        bakery.stockMove("cashier").body("{\"recipeId\":1,\"batches\":1}").post("/api/inventory/production-runs")
                .then().statusCode(403);
    }

    /**
     * Eight runs (2 kg each) and eight wastes (1 kg each) race for 10 kg. Whatever the interleaving, no batch is
     * oversold: what succeeded adds up to what left stock, stock never goes negative, and the batches agree.
     */
    @Test
    void concurrentRunsAndAdjustmentsNeverOversellABatch() throws Exception {
        long flour = bakery.createMaterial("Contested flour", "kg", 0);
        for (int i = 0; i < 5; i++) {
            bakery.receive(flour, "2", 100 + i);
        }
        long roll = bakery.createProduct("Contested roll", 50);
        long recipe = bakery.createRecipe("Contested rolls", roll, 1, "{\"materialId\":" + flour + ",\"quantity\":2}");

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> {
                start.await();
                return bakery.stockMove("baker").body("{\"recipeId\":" + recipe + ",\"batches\":1}")
                        .post("/api/inventory/production-runs").statusCode();
            });
            calls.add(() -> {
                start.await();
                return bakery.stockMove("baker").body("{\"kind\":\"WASTE\",\"quantity\":1,\"reason\":\"race\"}")
                        .post("/api/inventory/materials/" + flour + "/adjustments").statusCode();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> results = new ArrayList<>();
        for (Callable<Integer> call : calls) {
            results.add(pool.submit(call));
        }
        start.countDown();
        int runsOk = 0;
        int wastesOk = 0;
        for (int i = 0; i < results.size(); i++) {
            int status = results.get(i).get();
            assertTrue(status == 201 || status == 409, "only success or insufficient stock, got " + status);
            if (status == 201) {
                if (i % 2 == 0) {
                    runsOk++;
                } else {
                    wastesOk++;
                }
            }
        }
        pool.shutdown();

        int consumed = 2 * runsOk + wastesOk;
        assertTrue(consumed <= 10, "never more out than in: " + consumed);
        assertTrue(consumed >= 9, "every request that could be served was: " + consumed);
        bakery.material(flour).body("onHand", equalTo(10 - consumed));
        bakery.product(roll).body("onHand", equalTo(runsOk));
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT min(remaining), sum(remaining), "
                        + "(SELECT on_hand FROM material WHERE id = " + flour + ") FROM batch WHERE material_id = "
                        + flour)) {
            rows.next();
            assertTrue(rows.getBigDecimal(1).signum() >= 0, "no batch went negative");
            assertEquals(0, rows.getBigDecimal(2).compareTo(rows.getBigDecimal(3)), "batches agree with on hand");
            assertEquals(0, rows.getBigDecimal(3).compareTo(BigDecimal.valueOf(10 - consumed)));
        }
    }
}
