package com.bakery.inventory.stock;

import com.bakery.inventory.Tenant;
import com.bakery.inventory.amount.Limits;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * Quantities and amounts beyond the documented maxima are refused with the field named and nothing written: one
 * batch worth more than 2^63 cents was once stored, after which every read of its material answered 500.
 */
@QuarkusTest
class AmountBoundsTest {

    private final Tenant shop = Tenant.fresh();

    @Test
    void aBatchWorthMoreThanALongHoldsIsRefusedAndReadsStillAnswer() {
        long flour = shop.createMaterial("Flour", "kg", 0);
        // 999,999,999,999 kg at 100,000,000.00 a kg: 10^22 cents
        shop.stockMove("manager").body("{\"quantity\":999999999999,\"unitCostCents\":10000000000}")
                .post("/api/inventory/materials/" + flour + "/batches").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("quantity", "unitCostCents"));
        shop.as("manager").get("/api/inventory/materials/" + flour).then().statusCode(200)
                .body("onHand", equalTo(0)).body("stockValueCents", equalTo(0));
        shop.as("manager").get("/api/inventory/materials/" + flour + "/batches").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // the maxima themselves are accepted
        shop.receive(flour, "1000000", Limits.MAX_UNIT_COST_CENTS);
        shop.as("manager").get("/api/inventory/materials/" + flour).then().statusCode(200)
                .body("stockValueCents", equalTo(100_000_000_000_000L));
    }

    @Test
    void anAdjustmentBeyondTheMaximumIsRefused() {
        long sugar = shop.createMaterial("Sugar", "kg", 0);
        shop.stockMove("manager").body("{\"kind\":\"ADJUSTMENT\",\"quantity\":-5000000,\"reason\":\"count\"}")
                .post("/api/inventory/materials/" + sugar + "/adjustments").then().statusCode(400)
                .body("errors.field", hasItem("quantity"));
    }

    @Test
    void anIngredientSmallerThanTheSmallestAmountKeptIsRefusedNamingTheField() {
        long salt = shop.createMaterial("Salt", "kg", 0);
        long product = shop.createProduct("Pinch", 100);
        shop.as("baker").body("{\"name\":\"Pinch\",\"productId\":" + product + ",\"yield\":1,\"ingredients\":"
                + "[{\"materialId\":" + salt + ",\"quantity\":0.000001,\"unit\":\"mg\"}]}")
                .post("/api/inventory/recipes").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("ingredients[0].quantity"));
    }
}
