package com.bakery.suite.day;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A week of baking as the bakers record it (each run with the hour it came out of the oven), and the day that ends
 * it, through the gateway only: what has spoiled is thrown away, a dropped tray too, and the counter sells what is
 * left oldest first at the shop's markdowns. Waste, markdown and margin are then checked against a hand computation.
 * (Sales happen now: a sale cannot be recorded in the past, so the week's earlier days show up as the age of what
 * is on the shelf.)
 */
@ExtendWith(Suite.class)
class BakeryWeekIT {

    private static final Instant NOW = Instant.now();

    private final Bakery bakery = Bakery.fresh("week");
    private final Map<Long, Long> doughOf = new HashMap<>();

    @Test
    void aWeekWithSpoilageAddsUpToTheHandComputation() {
        bakery.as("manager").body(Map.of("timeZone", "UTC", "taxRateBp", 0)).put("/api/sales/settings").then()
                .statusCode(200);
        // 30 % off from 20 hours of age, 60 % from 40 hours
        bakery.as("manager").body("{\"steps\":[{\"afterHours\":20,\"percent\":30},{\"afterHours\":40,\"percent\":60}]}")
                .put("/api/inventory/markdowns").then().statusCode(200);
        long bread = perishable("Bread", 600, 72);
        long croissant = perishable("Croissant", 350, 24);
        long breadRecipe = recipe(bread, 150);
        long croissantRecipe = recipe(croissant, 90);
        // days ago → units; a run of d days ago is 24 d + 2 hours old
        int[] breads = { 30, 15, 12, 20, 22, 18, 20 };
        int[] croissants = { 20, 10, 16, 12, 14, 10, 12 };
        for (int daysAgo = 6; daysAgo >= 0; daysAgo--) {
            Instant bakedAt = NOW.minus(24L * daysAgo + 2, ChronoUnit.HOURS);
            bake(breadRecipe, breads[daysAgo], bakedAt);
            bake(croissantRecipe, croissants[daysAgo], bakedAt);
        }

        // spoiled: bread of 3 to 6 days ago (74 h and older, shelf life 72 h): 20 + 22 + 18 + 20 = 80 at 1.50;
        // croissants of 1 to 6 days ago (26 h and older, shelf life 24 h): 10+16+12+14+10+12 = 74 at 0.90
        bakery.as("baker").post("/api/inventory/write-offs/spoiled").then().statusCode(200)
                .body("find { it.productId == " + bread + " }.quantity", equalTo(80))
                .body("find { it.productId == " + bread + " }.costCents", equalTo(12_000))
                .body("find { it.productId == " + croissant + " }.quantity", equalTo(74))
                .body("find { it.productId == " + croissant + " }.costCents", equalTo(6_660));
        // a tray of 3 of today's croissants dropped: 2.70
        bakery.as("baker").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("productId", croissant, "quantity", 3, "reason", "Dropped tray"))
                .post("/api/inventory/write-offs").then().statusCode(201).body("costCents", equalTo(270));

        // the counter, oldest first: 12 two-day-old loaves at 2.40 (60 % off), 15 day-old at 4.20 (30 % off), fresh
        List<String> breadSales = List.of(
                sale(bread, 10, 0, 2_400, 3_600, 1_500),          // 10 × 2.40
                sale(bread, 5, 0, 1_740, 1_260, 750),             // 2 × 2.40 + 3 × 4.20
                sale(bread, 14, 0, 6_240, 2_160, 2_100),          // 12 × 4.20 + 2 × 6.00
                sale(bread, 4, croissant, 3_100, 0, 780));        // 4 × 6.00 + 2 × 3.50
        sale(0, 0, croissant, 2_100, 0, 540);                     // 6 fresh croissants

        // revenue 2400 + 1740 + 2100 + 6240 + 3100 = 15,580; markdowns 3600 + 1260 + 2160 = 7,020;
        // cost of goods 1500 + 750 + 540 + 2100 + 780 = 5,670; margin 9,910;
        // waste 12,000 + 6,660 + 270 = 18,930: after waste −9,020, −57.89 % of revenue
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        bakery.as("manager").get("/api/sales/analytics/summary?from=" + today + "&to=" + today).then()
                .statusCode(200).body("salesCount", equalTo(5)).body("revenueCents", equalTo(15_580))
                .body("markdownCents", equalTo(7_020)).body("cogsCents", equalTo(5_670))
                .body("grossMarginCents", equalTo(9_910)).body("wastedUnits", equalTo(157))
                .body("wasteCostCents", equalTo(18_930)).body("marginAfterWasteCents", equalTo(-9_020))
                .body("marginAfterWastePercent", equalTo(-57.89f));
        // made: bread 137, croissants 94; wasted 80 (58.4 %) and 77 (81.9 %); together 157 of 231 (68.0 %)
        bakery.as("manager").get("/api/inventory/waste?from=" + today + "&to=" + today + "&zone=UTC").then()
                .statusCode(200)
                .body("products.find { it.productId == " + bread + " }.producedUnits", equalTo(137))
                .body("products.find { it.productId == " + bread + " }.wastedUnits", equalTo(80))
                .body("products.find { it.productId == " + bread + " }.wastePercent", equalTo(58.4f))
                .body("products.find { it.productId == " + croissant + " }.wastedUnits", equalTo(77))
                .body("products.find { it.productId == " + croissant + " }.wasteCostCents", equalTo(6_930))
                .body("products.find { it.productId == " + croissant + " }.wastePercent", equalTo(81.9f))
                .body("total.producedUnits", equalTo(231)).body("total.wastedUnits", equalTo(157))
                .body("total.wasteCostCents", equalTo(18_930)).body("total.wastePercent", equalTo(68.0f));
        // left: today's 30 loaves less 6 sold; today's 20 croissants less 3 dropped and 8 sold
        bakery.as("manager").get("/api/inventory/products/" + bread).then().body("onHand", equalTo(24));
        bakery.as("manager").get("/api/inventory/products/" + croissant).then().body("onHand", equalTo(9));
        assertEquals(List.of(), Invariants.local().violations(bakery.tenant()));

        // a recall of the bread dough's lot: its 7 runs, their 137 loaves (80 thrown away, 33 sold, 24 on the
        // shelf) and the 4 sales that took them
        long lot = ((Number) bakery.as("manager").get("/api/inventory/materials/" + doughOf.get(bread) + "/batches")
                .then().statusCode(200).extract().path("items[0].id")).longValue();
        JsonPath recall = bakery.as("manager").get("/api/inventory/trace?materialBatch=" + lot).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(7, recall.getList("productionRuns").size());
        assertEquals(List.of(137, 80, 33, 24), List.of(sum(recall, "productionRuns.unitsProduced"),
                sum(recall, "productionRuns.unitsWasted"), sum(recall, "productionRuns.unitsSold"),
                sum(recall, "productionRuns.unitsOnShelf")));
        assertEquals(new TreeSet<>(breadSales), new TreeSet<>(recall.getList("sales.saleId", String.class)));
    }

    private static int sum(JsonPath json, String path) {
        return json.getList(path, Integer.class).stream().mapToInt(Integer::intValue).sum();
    }

    private long perishable(String name, long priceCents, int shelfLifeHours) {
        return bakery.create("/api/inventory/products", "{\"name\":\"" + name + "\",\"priceCents\":" + priceCents
                + ",\"currency\":\"BRL\",\"shelfLifeHours\":" + shelfLifeHours + "}");
    }

    /** One unit from one piece of dough bought at {@code costCents}; plenty of dough for the week. */
    private long recipe(long product, long costCents) {
        long dough = bakery.material("Dough " + product, "pcs", 0);
        doughOf.put(product, dough);
        bakery.receive(dough, "500", costCents);
        return bakery.recipe("Make " + product, product, 1, "{\"materialId\":" + dough + ",\"quantity\":1}");
    }

    private void bake(long recipe, int units, Instant bakedAt) {
        bakery.as("baker").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("recipeId", recipe, "batches", units, "bakedAt", bakedAt.toString()))
                .post("/api/inventory/production-runs").then().statusCode(201);
    }

    /** A cash sale of {@code breads} loaves and, when {@code croissant} is set, croissants (2, or 6 alone). */
    private String sale(long bread, int breads, long croissant, long total, long markdown, long cogs) {
        StringBuilder lines = new StringBuilder();
        if (breads > 0) {
            lines.append("{\"productId\":").append(bread).append(",\"quantity\":").append(breads).append('}');
        }
        if (croissant > 0) {
            lines.append(lines.isEmpty() ? "" : ",").append("{\"productId\":").append(croissant)
                    .append(",\"quantity\":").append(breads > 0 ? 2 : 6).append('}');
        }
        return bakery.as("cashier").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"lines\":[" + lines + "],\"payment\":{\"method\":\"CASH\",\"tenderedCents\":" + total + "}}")
                .post("/api/sales/checkout").then().statusCode(201).body("status", equalTo("COMPLETED"))
                .body("totalCents", equalTo((int) total)).body("cogsCents", equalTo((int) cogs))
                .body("lines.collect { it.markdownCents }.sum()", equalTo((int) markdown)).extract().path("id");
    }
}
