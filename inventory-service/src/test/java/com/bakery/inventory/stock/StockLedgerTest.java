package com.bakery.inventory.stock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bakery.inventory.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class StockLedgerTest {

    private final Tenant bakery = Tenant.fresh();

    @Inject
    AgroalDataSource db;

    @Test
    void receivingABatchAddsStockValueAndALedgerRow() {
        long flour = bakery.createMaterial("Flour", "kg", 10);
        bakery.stockMove("baker").body("{\"quantity\":25,\"unitCostCents\":120,\"expiresOn\":\"2030-01-31\","
                + "\"supplierLot\":\"L-7\"}")
                .post("/api/inventory/materials/" + flour + "/batches")
                .then().statusCode(201)
                .body("materialId", equalTo((int) flour))
                .body("quantity", equalTo(25)).body("remaining", equalTo(25))
                .body("unitCostCents", equalTo(120)).body("expiresOn", equalTo("2030-01-31"))
                .body("supplierLot", equalTo("L-7"));
        bakery.material(flour).body("onHand", equalTo(25)).body("stockValueCents", equalTo(3000))
                .body("belowMinimum", equalTo(false));
        bakery.as("auditor").get("/api/inventory/materials/" + flour + "/ledger")
                .then().statusCode(200)
                .body("items.kind", contains("RECEIPT"))
                .body("items[0].quantity", equalTo(25))
                .body("items[0].quantityAfter", equalTo(25))
                .body("items[0].valueChangeCents", equalTo(3000))
                .body("items[0].valueAfterCents", equalTo(3000))
                .body("items[0].batches[0].quantity", equalTo(25))
                .body("items[0].createdBy", equalTo("baker@" + bakery.id()));
    }

    @Test
    void consumptionTakesTheOldestBatchesFirstAtTheirOwnCost() {
        long butter = bakery.createMaterial("Butter", "kg", 0);
        long newer = bakery.receive(butter, "{\"quantity\":4,\"unitCostCents\":900,\"receivedAt\":\"2026-11-03T08:00:00Z\"}");
        long oldest = bakery.receive(butter, "{\"quantity\":2.5,\"unitCostCents\":700,\"receivedAt\":\"2026-11-01T08:00:00Z\"}");
        long middle = bakery.receive(butter, "{\"quantity\":1,\"unitCostCents\":800,\"receivedAt\":\"2026-11-02T08:00:00Z\"}");

        bakery.stockMove("baker").body("{\"kind\":\"WASTE\",\"quantity\":4,\"reason\":\"spoiled\"}")
                .post("/api/inventory/materials/" + butter + "/adjustments")
                .then().statusCode(201)
                .body("kind", equalTo("WASTE")).body("reason", equalTo("spoiled"))
                .body("quantity", equalTo(-4))
                .body("batches.batchId", contains((int) oldest, (int) middle, (int) newer))
                .body("batches.quantity", contains(-2.5f, -1, -0.5f))
                // 2.5 × 700 + 1 × 800 + 0.5 × 900
                .body("valueChangeCents", equalTo(-3000))
                .body("quantityAfter", equalTo(3.5f))
                .body("valueAfterCents", equalTo(3150));
        bakery.as("manager").get("/api/inventory/materials/" + butter + "/batches")
                .then().body("items.findAll { it.remaining > 0 }.id", contains((int) newer));
        bakery.material(butter).body("onHand", equalTo(3.5f)).body("stockValueCents", equalTo(3150));
    }

    @Test
    void expiryBreaksTiesBetweenBatchesReceivedTogether() {
        long milk = bakery.createMaterial("Milk", "l", 0);
        String at = "\"receivedAt\":\"2026-11-01T08:00:00Z\"";
        long later = bakery.receive(milk, "{\"quantity\":1,\"unitCostCents\":100," + at + ",\"expiresOn\":\"2026-11-20\"}");
        long sooner = bakery.receive(milk, "{\"quantity\":1,\"unitCostCents\":110," + at + ",\"expiresOn\":\"2026-11-10\"}");
        bakery.stockMove("baker").body("{\"kind\":\"ADJUSTMENT\",\"quantity\":-1,\"reason\":\"counted short\"}")
                .post("/api/inventory/materials/" + milk + "/adjustments")
                .then().statusCode(201).body("batches.batchId", contains((int) sooner));
        bakery.as("manager").get("/api/inventory/materials/" + milk + "/batches")
                .then().body("items.find { it.id == " + later + " }.remaining", equalTo(1));
    }

    @Test
    void stockValueIsAlwaysTheSumOfRemainingBatchesTimesTheirCosts() throws SQLException {
        long sugar = bakery.createMaterial("Sugar", "g", 0);
        bakery.receive(sugar, "333.333", 7);
        bakery.receive(sugar, "0.001", 3);
        bakery.receive(sugar, "1000", 1);
        for (String q : List.of("100.1", "0.0005", "233.2335")) {
            bakery.stockMove("baker").body("{\"kind\":\"WASTE\",\"quantity\":" + q + ",\"reason\":\"spilt\"}")
                    .post("/api/inventory/materials/" + sugar + "/adjustments").then().statusCode(201);
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            var rows = s.executeQuery("SELECT m.stock_value, (SELECT sum(b.remaining * b.unit_cost_cents) FROM batch b "
                    + "WHERE b.material_id = m.id), m.on_hand, (SELECT sum(b.remaining) FROM batch b "
                    + "WHERE b.material_id = m.id) FROM material m WHERE m.id = " + sugar);
            rows.next();
            assertEquals(0, rows.getBigDecimal(1).compareTo(rows.getBigDecimal(2)), "value = Σ remaining × cost");
            assertEquals(0, rows.getBigDecimal(3).compareTo(rows.getBigDecimal(4)), "on hand = Σ remaining");
        }
    }

    @Test
    void refusesToGoNegativeNamingTheShortfallAndChangesNothing() {
        long yeast = bakery.createMaterial("Yeast", "g", 0);
        bakery.receive(yeast, "500", 2);
        bakery.stockMove("baker").body("{\"kind\":\"WASTE\",\"quantity\":501.5,\"reason\":\"dropped\"}")
                .post("/api/inventory/materials/" + yeast + "/adjustments")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("insufficient_stock"))
                .body("shortfalls[0].materialId", equalTo((int) yeast))
                .body("shortfalls[0].name", equalTo("Yeast"))
                .body("shortfalls[0].required", equalTo(501.5f))
                .body("shortfalls[0].available", equalTo(500))
                .body("shortfalls[0].missing", equalTo(1.5f));
        bakery.material(yeast).body("onHand", equalTo(500)).body("stockValueCents", equalTo(1000));
        assertEquals(1, bakery.ledgerSize(yeast));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"quantity\":0,\"unitCostCents\":10}                    | quantity",
            "{\"quantity\":-5,\"unitCostCents\":10}                   | quantity",
            "{\"quantity\":1e13,\"unitCostCents\":10}                 | quantity",
            "{\"unitCostCents\":10}                                   | quantity",
            "{\"quantity\":1,\"unitCostCents\":-1}                    | unitCostCents",
            "{\"quantity\":1}                                         | unitCostCents",
            "{\"quantity\":1,\"unitCostCents\":1.5}                   | unitCostCents",
            "{\"quantity\":1,\"unitCostCents\":99999999999999}        | unitCostCents",
            "{\"quantity\":1,\"unitCostCents\":1,\"receivedAt\":\"2999-01-01T00:00:00Z\"} | receivedAt",
            "{\"quantity\":1,\"unitCostCents\":1,\"receivedAt\":\"yesterday\"}            | receivedAt",
            "{\"quantity\":1,\"unitCostCents\":1,\"receivedAt\":\"2026-11-01T00:00:00Z\",\"expiresOn\":\"2026-10-01\"} | expiresOn" })
    void refusesABadReceiptAndChangesNothing(String body, String field) {
        long salt = bakery.createMaterial("Salt " + field + body.hashCode(), "kg", 0);
        bakery.stockMove("manager").body(body).post("/api/inventory/materials/" + salt + "/batches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        bakery.material(salt).body("onHand", equalTo(0));
        assertEquals(0, bakery.ledgerSize(salt));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"kind\":\"WASTE\",\"quantity\":-1,\"reason\":\"x\"}      | quantity",
            "{\"kind\":\"ADJUSTMENT\",\"quantity\":0,\"reason\":\"x\"}  | quantity",
            "{\"kind\":\"THEFT\",\"quantity\":1,\"reason\":\"x\"}       | kind",
            "{\"kind\":\"WASTE\",\"quantity\":1,\"reason\":\"\"}        | reason",
            "{\"kind\":\"WASTE\",\"quantity\":1}                        | reason" })
    void refusesABadAdjustmentAndChangesNothing(String body, String field) {
        long oil = bakery.createMaterial("Oil " + field + body.hashCode(), "l", 0);
        bakery.receive(oil, "5", 300);
        bakery.stockMove("baker").body(body).post("/api/inventory/materials/" + oil + "/adjustments")
                .then().statusCode(400).body("errors.field", hasItem(field));
        bakery.material(oil).body("onHand", equalTo(5));
        assertEquals(1, bakery.ledgerSize(oil));
    }

    @Test
    void aPositiveAdjustmentIsANewBatchAtTheLatestCost() {
        long nuts = bakery.createMaterial("Walnuts", "kg", 0);
        bakery.receive(nuts, "1", 1500);
        bakery.stockMove("baker").body("{\"kind\":\"ADJUSTMENT\",\"quantity\":0.5,\"reason\":\"found a bag\"}")
                .post("/api/inventory/materials/" + nuts + "/adjustments")
                .then().statusCode(201).body("valueChangeCents", equalTo(750)).body("quantityAfter", equalTo(1.5f));
        long empty = bakery.createMaterial("Pecans", "kg", 0);
        bakery.stockMove("baker").body("{\"kind\":\"ADJUSTMENT\",\"quantity\":1,\"reason\":\"found\"}")
                .post("/api/inventory/materials/" + empty + "/adjustments")
                .then().statusCode(400).body("errors.field", hasItem("unitCostCents"));
    }

    @Test
    void aRetriedReceiptWithTheSameKeyDoesNotDoubleStock() {
        long rye = bakery.createMaterial("Rye flour", "kg", 0);
        String body = "{\"quantity\":10,\"unitCostCents\":95}";
        int first = bakery.as("manager").header("Idempotency-Key", "receipt-1").body(body)
                .post("/api/inventory/materials/" + rye + "/batches")
                .then().statusCode(201).extract().path("id");
        bakery.as("manager").header("Idempotency-Key", "receipt-1").body(body)
                .post("/api/inventory/materials/" + rye + "/batches")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        bakery.as("manager").header("Idempotency-Key", "receipt-1").body("{\"quantity\":11,\"unitCostCents\":95}")
                .post("/api/inventory/materials/" + rye + "/batches")
                .then().statusCode(422).body("code", equalTo("idempotency_key_reused"));
        bakery.material(rye).body("onHand", equalTo(10));
        assertEquals(1, bakery.ledgerSize(rye));
    }

    /** A stock move sent twice by a flaky network must not count twice: without a key it is refused, unmoved. */
    @Test
    void aStockMoveWithoutAnIdempotencyKeyIsRefusedAndMovesNothing() {
        long rye = bakery.createMaterial("Spelt flour", "kg", 0);
        bakery.receive(rye, "{\"quantity\":10,\"unitCostCents\":95}");
        long recipe = bakery.createRecipe("Spelt roll", bakery.createProduct("Spelt roll", 250), 1,
                "{\"materialId\":" + rye + ",\"quantity\":1}");
        for (String[] move : new String[][] {
                { "/api/inventory/materials/" + rye + "/batches", "{\"quantity\":10,\"unitCostCents\":95}" },
                { "/api/inventory/materials/" + rye + "/adjustments",
                        "{\"kind\":\"WASTE\",\"quantity\":1,\"reason\":\"spilt\"}" },
                { "/api/inventory/production-runs", "{\"recipeId\":" + recipe + ",\"batches\":1}" } }) {
            bakery.as("manager").body(move[1]).post(move[0]).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        }
        bakery.material(rye).body("onHand", equalTo(10));
        assertEquals(1, bakery.ledgerSize(rye));
    }

    @Test
    void onlyBakersAndManagersMoveStock() {
        long seeds = bakery.createMaterial("Seeds", "kg", 0);
        bakery.stockMove("cashier").body("{\"quantity\":1,\"unitCostCents\":1}")
                .post("/api/inventory/materials/" + seeds + "/batches").then().statusCode(403);
        bakery.stockMove("auditor").body("{\"kind\":\"WASTE\",\"quantity\":1,\"reason\":\"x\"}")
                .post("/api/inventory/materials/" + seeds + "/adjustments").then().statusCode(403);
        bakery.material(seeds).body("onHand", equalTo(0));
    }

    @Test
    void theLedgerPagesOldestFirst() {
        long salt = bakery.createMaterial("Sea salt", "g", 0);
        for (int i = 1; i <= 3; i++) {
            bakery.receive(salt, String.valueOf(i), 1);
        }
        String next = bakery.as("manager").get("/api/inventory/materials/" + salt + "/ledger?limit=2")
                .then().body("items.quantityAfter", contains(1, 3)).extract().path("next");
        bakery.as("manager").get("/api/inventory/materials/" + salt + "/ledger?limit=2&after=" + next)
                .then().body("items.quantityAfter", contains(6)).body("next", nullValue());
    }

    @Test
    void theDatabaseRefusesToRewriteTheLedger() throws SQLException {
        long cream = bakery.createMaterial("Cream", "l", 0);
        bakery.receive(cream, "2", 400);
        for (String sql : List.of("UPDATE stock_movement SET quantity = 99 WHERE material_id = " + cream,
                "DELETE FROM stock_movement WHERE material_id = " + cream,
                "UPDATE movement_batch SET quantity = 99 WHERE batch_id IN (SELECT id FROM batch WHERE material_id = "
                        + cream + ")")) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(sql));
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            }
        }
        assertEquals(1, bakery.ledgerSize(cream));
    }
}
