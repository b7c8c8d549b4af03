package com.bakery.inventory.migration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.inventory.Tenant;
import com.bakery.testing.migration.MigrationDrill;
import com.bakery.testing.migration.PreviousReleaseDatabase;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Seed 004's "migrate without risking client data": a database as the release at schema version 3 left it, then as
 * version 6 left it, is migrated by the service itself at start; every row is still there, the new columns have their
 * meaning for old rows, and the service reads and writes over the old data.
 */
@QuarkusTest
@WithTestResource(value = PreviousReleaseDatabase.class, initArgs = {
        @ResourceArg(name = "schema", value = "inventory"),
        @ResourceArg(name = "steps", value = "3=migration/inventory-v3.sql,6=migration/inventory-v6.sql") })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationTest {

    private static final List<String> SEEDED = List.of("material", "batch", "stock_movement", "movement_batch",
            "product", "product_layer", "recipe", "recipe_ingredient", "production_run", "production_run_line",
            "idempotency_key", "reservation", "reservation_line", "low_stock_alert", "outbox_event");

    private final Tenant bakery = new Tenant("migration-bakery");
    private final MigrationDrill drill = PreviousReleaseDatabase.drill();

    @Test
    @Order(1)
    void everyRowTheEarlierReleaseWroteSurvivesTheMigration() {
        PreviousReleaseDatabase.assertEveryRowSurvived("6", SEEDED);
    }

    @Test
    @Order(2)
    void newColumnsMeanWhatTheyShouldForOldRows() {
        assertEquals("PRODUCTION", drill.queryValue(
                "SELECT source FROM inventory.product_layer WHERE production_run_id IS NOT NULL"));
        bakery.as("manager").get("/api/inventory/reservations/sale-1").then().statusCode(200)
                .body("status", equalTo("COMMITTED"))
                .body("lines", hasSize(1))
                .body("lines[0].productName", nullValue())
                .body("lines[0].cogsCents", equalTo(260));
    }

    @Test
    @Order(3)
    void theServiceReadsTheOldData() {
        long flour = id("SELECT id FROM inventory.material WHERE name = 'Flour'");
        bakery.material(flour).body("onHand", equalTo(8)).body("stockValueCents", equalTo(1200));
        bakery.as("manager").get("/api/inventory/materials/" + flour + "/batches").then().statusCode(200)
                .body("items.remaining", contains(0, 8));
        bakery.as("manager").get("/api/inventory/materials/" + flour + "/ledger").then().statusCode(200)
                .body("items.kind", contains("RECEIPT", "RECEIPT", "CONSUMPTION"));
        long bread = id("SELECT id FROM inventory.product WHERE name = 'Bread'");
        bakery.product(bread).body("onHand", equalTo(9));
        bakery.as("manager").get("/api/inventory/alerts").then().statusCode(200)
                .body("items.material", contains("Yeast"));
    }

    @Test
    @Order(4)
    void theServiceWritesOverTheOldData() {
        long flour = id("SELECT id FROM inventory.material WHERE name = 'Flour'");
        long recipe = id("SELECT id FROM inventory.recipe WHERE name = 'Bread loaf'");
        bakery.receive(flour, "5", 200);
        bakery.material(flour).body("onHand", equalTo(13)).body("stockValueCents", equalTo(2200));
        // 12 kg at FIFO: the 8 kg left of the old batch at 1.50, then 4 kg of the new one at 2.00
        bakery.stockMove("baker").body("{\"recipeId\":" + recipe + ",\"batches\":1}")
                .post("/api/inventory/production-runs").then().statusCode(201)
                .body("materialCostCents", equalTo(2000));
        bakery.material(flour).body("onHand", equalTo(1));
    }

    private long id(String sql) {
        return Long.parseLong(drill.queryValue(sql));
    }
}
