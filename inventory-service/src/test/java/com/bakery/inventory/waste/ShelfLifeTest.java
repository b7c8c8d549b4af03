package com.bakery.inventory.waste;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.bakery.inventory.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Perishable goods: their age, write-offs when they spoil or are thrown away, and markdowns at the till. */
@QuarkusTest
class ShelfLifeTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void spoiledUnitsAreWrittenOffAtTheirFifoCostAndCountAsWaste() {
        Tenant shop = Tenant.fresh();
        long bread = shop.createPerishable("Bread", 400, 48);
        shop.addUnits(bread, "Bread", 4, 100, NOW.minus(50, ChronoUnit.HOURS));
        shop.addUnits(bread, "Bread", 3, 120, NOW.minus(1, ChronoUnit.HOURS));
        shop.as("baker").get("/api/inventory/products/" + bread + "/shelf").then().statusCode(200)
                .body("remaining", contains(4, 3))
                .body("[0].bestBefore", equalTo(NOW.minus(2, ChronoUnit.HOURS).toString()));

        shop.as("baker").post("/api/inventory/write-offs/spoiled").then().statusCode(200)
                .body("", hasSize(1)).body("[0].productId", equalTo((int) bread))
                .body("[0].quantity", equalTo(4)).body("[0].costCents", equalTo(400))
                .body("[0].reason", equalTo("past best-before"));
        shop.product(bread).body("onHand", equalTo(3)).body("stockValueCents", equalTo(360));
        shop.as("baker").post("/api/inventory/write-offs/spoiled").then().statusCode(200).body("", empty());
        shop.as("manager").get("/api/inventory/products/" + bread + "/ledger").then().statusCode(200)
                .body("items.kind", contains("PRODUCTION", "PRODUCTION", "WASTE"))
                .body("items[2].quantity", equalTo(-4)).body("items[2].quantityAfter", equalTo(3))
                .body("items[2].valueAfterCents", equalTo(360));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        shop.as("manager").get("/api/inventory/waste?from=" + today + "&to=" + today).then().statusCode(200)
                .body("products", hasSize(1)).body("products[0].name", equalTo("Bread"))
                .body("total.producedUnits", equalTo(7)).body("total.wastedUnits", equalTo(4))
                .body("total.wasteCostCents", equalTo(400)).body("total.wastePercent", equalTo(57.1f));
    }

    @Test
    void unitsThrownAwayForAReasonLeaveOldestFirst() {
        Tenant shop = Tenant.fresh();
        long pie = shop.createPerishable("Pie", 900, 72);
        shop.addUnits(pie, "Pie", 2, 300, NOW.minus(5, ChronoUnit.HOURS));
        shop.addUnits(pie, "Pie", 2, 500, null);
        String dropped = "{\"productId\":" + pie + ",\"quantity\":3,\"reason\":\"Dropped tray\"}";
        shop.stockMove("cashier").body(dropped).post("/api/inventory/write-offs").then().statusCode(403);
        shop.stockMove("baker").body("{\"productId\":" + pie + ",\"quantity\":5,\"reason\":\"x\"}")
                .post("/api/inventory/write-offs").then().statusCode(409).body("code", equalTo("insufficient_stock"));
        shop.stockMove("baker").body("{\"productId\":" + pie + ",\"quantity\":1,\"reason\":\" \"}")
                .post("/api/inventory/write-offs").then().statusCode(400).body("errors.field", hasItem("reason"));
        shop.stockMove("baker").body("{\"productId\":" + pie + ",\"quantity\":0,\"reason\":\"x\"}")
                .post("/api/inventory/write-offs").then().statusCode(400).body("errors.field", hasItem("quantity"));
        shop.product(pie).body("onHand", equalTo(4));

        shop.stockMove("baker").body(dropped).post("/api/inventory/write-offs").then().statusCode(201)
                .body("quantity", equalTo(3)).body("costCents", equalTo(1100)).body("reason", equalTo("Dropped tray"));
        shop.product(pie).body("onHand", equalTo(1)).body("stockValueCents", equalTo(500));
    }

    @Test
    void agedUnitsSellMarkedDownAndTheLineIsRoundedOnce() {
        Tenant shop = Tenant.fresh();
        shop.as("manager").body("{\"steps\":[{\"afterHours\":24,\"percent\":50}]}").put("/api/inventory/markdowns")
                .then().statusCode(200).body("steps[0].afterHours", equalTo(24)).body("steps[0].percent", equalTo(50));
        long cake = shop.createPerishable("Cake", 333, 72);
        shop.addUnits(cake, "Cake", 2, 100, NOW.minus(30, ChronoUnit.HOURS));
        shop.addUnits(cake, "Cake", 3, 150, null);

        String first = "sale-" + UUID.randomUUID();
        shop.as("service").body(reserve(first, cake, 1)).post("/api/inventory/reservations").then().statusCode(201)
                .body("lines[0].priceCents", equalTo(333))
                .body("lines[0].grossCents", equalTo(166)).body("lines[0].markdownCents", equalTo(167));
        // the next sale gets the other day-old cake and a fresh one: 166.50 + 333 = 499.50, rounded once to 500
        String second = "sale-" + UUID.randomUUID();
        shop.as("service").body(reserve(second, cake, 2)).post("/api/inventory/reservations").then().statusCode(201)
                .body("lines[0].grossCents", equalTo(500)).body("lines[0].markdownCents", equalTo(166));

        shop.as("service").post("/api/inventory/reservations/" + first + "/commit").then().statusCode(200)
                .body("cogsCents", equalTo(100));
        shop.as("manager").get("/api/inventory/products/" + cake + "/ledger").then().statusCode(200)
                .body("items[2].kind", equalTo("SALE")).body("items[2].reference", equalTo("sale:" + first));
    }

    @Test
    void aSaleNeverTakesSpoiledUnits() {
        Tenant shop = Tenant.fresh();
        long roll = shop.createPerishable("Roll", 80, 24);
        shop.addUnits(roll, "Roll", 2, 20, NOW.minus(30, ChronoUnit.HOURS));
        shop.addUnits(roll, "Roll", 1, 30, null);
        shop.product(roll).body("onHand", equalTo(3));

        String sale = "sale-" + UUID.randomUUID();
        shop.as("service").body(reserve(sale, roll, 2)).post("/api/inventory/reservations").then().statusCode(409)
                .body("code", equalTo("insufficient_stock"));
        shop.as("service").body(reserve(sale, roll, 1)).post("/api/inventory/reservations").then().statusCode(201)
                .body("lines[0].grossCents", equalTo(80));
        shop.product(roll).body("onHand", equalTo(1)).body("reserved", equalTo(1)).body("stockValueCents", equalTo(30));
        shop.as("service").post("/api/inventory/reservations/" + sale + "/commit").then().statusCode(200)
                .body("cogsCents", equalTo(30));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[{\"afterHours\":24,\"percent\":50},{\"afterHours\":48,\"percent\":40}] | steps[1].percent",
            "[{\"afterHours\":24,\"percent\":30},{\"afterHours\":24,\"percent\":50}] | steps[1].afterHours",
            "[{\"afterHours\":24,\"percent\":100}]                                  | steps[0].percent",
            "[{\"afterHours\":0,\"percent\":10}]                                    | steps[0].afterHours",
            "[{\"percent\":10}]                                                     | steps[0].afterHours" })
    void refusesAMarkdownRuleThatDoesNotRiseWithAgeAndKeepsTheOldOne(String steps, String field) {
        Tenant shop = Tenant.fresh();
        shop.as("manager").body("{\"steps\":[{\"afterHours\":12,\"percent\":20}]}").put("/api/inventory/markdowns")
                .then().statusCode(200);
        shop.as("manager").body("{\"steps\":" + steps + "}").put("/api/inventory/markdowns").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        shop.as("cashier").body("{\"steps\":[]}").put("/api/inventory/markdowns").then().statusCode(403);
        shop.as("cashier").get("/api/inventory/markdowns").then().statusCode(200)
                .body("steps.afterHours", contains(12)).body("steps.percent", contains(20));
    }

    @Test
    void refusesABakingTimeInTheFutureOrLongAgoAndMakesNothing() {
        Tenant shop = Tenant.fresh();
        shop.as("manager").body("{\"name\":\"Bun\",\"priceCents\":100,\"currency\":\"EUR\",\"shelfLifeHours\":0}")
                .post("/api/inventory/products").then().statusCode(400).body("errors.field", hasItem("shelfLifeHours"));
        long bun = shop.createPerishable("Bun", 100, 24);
        long flour = shop.createMaterial("Bun dough", "pcs", 0);
        shop.receive(flour, "10", 10);
        long recipe = shop.createRecipe("Buns", bun, 1, "{\"materialId\":" + flour + ",\"quantity\":1}");
        for (Instant when : new Instant[] { NOW.plus(1, ChronoUnit.HOURS), NOW.minus(8, ChronoUnit.DAYS) }) {
            shop.stockMove("baker").body("{\"recipeId\":" + recipe + ",\"batches\":1,\"bakedAt\":\"" + when + "\"}")
                    .post("/api/inventory/production-runs").then().statusCode(400)
                    .body("errors.field", hasItem("bakedAt"));
        }
        shop.product(bun).body("onHand", equalTo(0));
        shop.material(flour).body("onHand", equalTo(10));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "to=2026-12-01                              | from",
            "from=2026-12-02&to=2026-12-01              | to",
            "from=2026-12-01&to=2028-12-01              | to",
            "from=1.12.2026&to=2026-12-01               | from",
            "from=2026-12-01&to=2026-12-01&zone=Mars/Base | zone" })
    void refusesABadWastePeriod(String query, String field) {
        Tenant.fresh().as("manager").get("/api/inventory/waste?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static String reserve(String sale, long product, int quantity) {
        return "{\"saleId\":\"" + sale + "\",\"lines\":[{\"productId\":" + product + ",\"quantity\":" + quantity
                + "}]}";
    }
}
