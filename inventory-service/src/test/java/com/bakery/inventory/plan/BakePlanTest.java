package com.bakery.inventory.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.bakery.inventory.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tomorrow's plan from four past weeks of the same weekday, written straight into the product ledger (sales cannot
 * be made in the past through the API): one of those days sold out at 10:00, when half a day's sales are usually
 * made.
 */
@QuarkusTest
class BakePlanTest {

    private static final LocalDate TOMORROW = LocalDate.now(ZoneOffset.UTC).plusDays(1); // the test profile's zone

    private final Tenant shop = Tenant.fresh();

    @Inject
    EntityManager em;

    @Test
    void plansFromTheSameWeekdayCountingASellOutAsMoreDemandAndListsWhatToBuy() {
        long flour = shop.createMaterial("Flour", "kg", 0);
        long butter = shop.createMaterial("Butter", "kg", 0);
        shop.receive(flour, "3", 120);
        shop.receive(butter, "1", 900);
        shop.receive(butter, "{\"quantity\":5,\"unitCostCents\":900,\"receivedAt\":\""
                + Instant.now().minus(20, ChronoUnit.DAYS) + "\",\"expiresOn\":\"" + TOMORROW.minusDays(2) + "\"}");
        long baguette = shop.createPerishable("Baguette", 600, 6);
        long sourdough = shop.createPerishable("Sourdough", 900, 48);
        long recipe = shop.createRecipe("Baguettes", baguette, 10, "{\"materialId\":" + flour + ",\"quantity\":1},"
                + "{\"materialId\":" + butter + ",\"quantity\":200,\"unit\":\"g\"}");
        shop.createRecipe("Sourdough", sourdough, 4, "{\"materialId\":" + flour + ",\"quantity\":1}");

        // a week ago: 20 at 08:00 and the last 20 at 10:00 (sold out); then 30, 36, 24 with some left over
        sale(baguette, 1, "08:00", 20, 20);
        sale(baguette, 1, "10:00", 20, 0);
        int[][] leftOver = { { 15, 9, 6 }, { 18, 12, 6 }, { 12, 8, 4 } };
        for (int week = 2; week <= 4; week++) {
            int[] units = leftOver[week - 2];
            sale(baguette, week, "08:00", units[0], 20);
            sale(baguette, week, "12:00", units[1], 10);
            sale(baguette, week, "16:00", units[2], 5);
        }
        waste(baguette, 2, 5);

        // before 10:00 half a day's sales are made (45 of 90 units): the sold-out day stands for 40 / 0.5 = 80;
        // (80 + 30 + 36 + 24) / 4 = 42.5 → 43 to bake → 5 batches of 10; last week's sales alone said 40
        shop.as("baker").get("/api/inventory/bake-plan").then().statusCode(200)
                .body("date", equalTo(TOMORROW.toString())).body("weeksOfHistory", equalTo(4))
                .body("lines.product", contains("Baguette", "Sourdough"))
                .body("lines[0].estimatedDemand", equalTo(42.5f)).body("lines[0].naive", equalTo(40))
                .body("lines[0].onShelf", equalTo(0)).body("lines[0].toBake", equalTo(43))
                .body("lines[0].batches", equalTo(5)).body("lines[0].units", equalTo(50))
                .body("lines[0].recipeId", equalTo((int) recipe))
                .body("lines[0].basis.sold", contains(40, 30, 36, 24))
                .body("lines[0].basis.soldOutAt", contains("10:00:00", null, null, null))
                .body("lines[0].basis.estimatedDemand", contains(80.0f, 30.0f, 36.0f, 24.0f))
                .body("lines[0].basis.wasted", contains(0, 5, 0, 0))
                .body("lines[1].estimatedDemand", equalTo(0.0f)).body("lines[1].batches", equalTo(0))
                // 5 kg of flour against 3; 1 kg of butter against 1 (the 5 kg expired batch does not count)
                .body("ingredients.material", contains("Flour", "Butter"))
                .body("ingredients.needed", contains(5, 1)).body("ingredients.usable", contains(3, 1))
                .body("shoppingList", hasSize(1)).body("shoppingList[0].material", equalTo("Flour"))
                .body("shoppingList[0].toBuy", equalTo(2));

        // buy what the list says, then the line is one call
        shop.receive(flour, "2", 120);
        shop.stockMove("baker").body("{\"recipeId\":" + recipe + ",\"batches\":5}")
                .post("/api/inventory/production-runs").then().statusCode(201).body("unitsProduced", equalTo(50));
        shop.as("baker").get("/api/inventory/bake-plan?date=" + TOMORROW).then().statusCode(200)
                .body("lines[0].onShelf", equalTo(0)); // baguettes keep 6 hours: today's are stale by tomorrow noon
    }

    @ParameterizedTest
    @ValueSource(strings = { "date=tomorrow", "date=2020-01-01", "date=2099-01-01", "weeks=0", "weeks=13" })
    void refusesABadDayOrHistory(String query) {
        shop.as("manager").get("/api/inventory/bake-plan?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(query.split("=")[0]));
    }

    @Test
    void cashiersDoNotPlanTheBaking() {
        shop.as("cashier").get("/api/inventory/bake-plan").then().statusCode(403);
    }

    private void sale(long product, int weeksAgo, String time, int units, int left) {
        insert(product, "SALE", -units, left, weeksAgo, time);
    }

    private void waste(long product, int weeksAgo, int units) {
        insert(product, "WASTE", -units, 0, weeksAgo, "20:00");
    }

    private void insert(long product, String kind, int quantity, int after, int weeksAgo, String time) {
        Instant at = TOMORROW.minusWeeks(weeksAgo).atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO product_movement (tenant_id, product_id, kind, reference, quantity, quantity_after,
                    value_change, value_after, created_by, created_at)
                VALUES (?1, ?2, ?3, 'history', ?4, ?5, 0, 0, 'test', ?6)""")
                .setParameter(1, shop.id()).setParameter(2, product).setParameter(3, kind)
                .setParameter(4, quantity).setParameter(5, after).setParameter(6, at).executeUpdate());
    }
}
