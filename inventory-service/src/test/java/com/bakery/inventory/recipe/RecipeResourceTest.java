package com.bakery.inventory.recipe;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.bakery.inventory.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecipeResourceTest {

    private final Tenant bakery = Tenant.fresh();

    @Test
    void createsARecipeWithIngredientsInCompatibleUnits() {
        long flour = bakery.createMaterial("Flour", "kg", 0);
        long water = bakery.createMaterial("Water", "l", 0);
        long loaf = bakery.createProduct("Loaf", 400);
        bakery.as("baker").body("{\"name\":\"Sourdough\",\"productId\":" + loaf + ",\"yield\":10,\"ingredients\":["
                + "{\"materialId\":" + flour + ",\"quantity\":4500,\"unit\":\"g\"},"
                + "{\"materialId\":" + water + ",\"quantity\":3}]}")
                .post("/api/inventory/recipes")
                .then().statusCode(201)
                .body("name", equalTo("Sourdough")).body("yield", equalTo(10))
                .body("ingredients.materialId", contains((int) flour, (int) water))
                .body("ingredients.unit", contains("g", "l"))
                .body("ingredients.quantity", contains(4500, 3));
    }

    @Test
    void refusesABadRecipeListingEveryProblemAndCreatesNothing() {
        long flour = bakery.createMaterial("Rye", "kg", 0);
        long foreign = Tenant.fresh().createMaterial("Foreign", "kg", 0);
        long loaf = bakery.createProduct("Rye loaf", 400);
        bakery.as("baker").body("{\"name\":\"Bad rye\",\"productId\":" + loaf + ",\"yield\":10,\"ingredients\":["
                + "{\"materialId\":" + flour + ",\"quantity\":2,\"unit\":\"l\"},"
                + "{\"materialId\":" + foreign + ",\"quantity\":1},"
                + "{\"materialId\":999999999,\"quantity\":1},"
                + "{\"materialId\":" + flour + ",\"quantity\":1}]}")
                .post("/api/inventory/recipes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("ingredients[0].unit", "ingredients[1].materialId",
                        "ingredients[2].materialId", "ingredients[3].materialId"));
        bakery.as("baker").get("/api/inventory/recipes?limit=200")
                .then().body("items.findAll { it.name == 'Bad rye' }.size()", equalTo(0));
    }

    @Test
    void refusesEmptyRecipesZeroQuantitiesAndUnknownProducts() {
        long flour = bakery.createMaterial("Spelt", "kg", 0);
        bakery.as("baker").body("{\"name\":\"Empty\",\"productId\":1,\"yield\":1,\"ingredients\":[]}")
                .post("/api/inventory/recipes").then().statusCode(400).body("errors.field", hasItem("ingredients"));
        bakery.as("baker").body("{\"name\":\"Zero\",\"productId\":1,\"yield\":0,\"ingredients\":[{\"materialId\":"
                + flour + ",\"quantity\":0}]}")
                .post("/api/inventory/recipes").then().statusCode(400)
                .body("errors.field", hasItem("yield")).body("errors.field", hasItem("ingredients[0].quantity"));
        bakery.as("baker").body("{\"name\":\"Orphan\",\"productId\":999999999,\"yield\":1,\"ingredients\":"
                + "[{\"materialId\":" + flour + ",\"quantity\":1}]}")
                .post("/api/inventory/recipes").then().statusCode(400).body("errors.field", contains("productId"));
    }

    @Test
    void aMaterialUsedByARecipeCannotBeDeleted() {
        long salt = bakery.createMaterial("Fine salt", "g", 0);
        long bun = bakery.createProduct("Salt bun", 90);
        bakery.createRecipe("Salt buns", bun, 12, "{\"materialId\":" + salt + ",\"quantity\":20}");
        bakery.as("manager").delete("/api/inventory/materials/" + salt)
                .then().statusCode(409).body("code", equalTo("material_in_use"));
    }

    @Test
    void aRecipeIsCostedAtTheBatchesItWouldTakeWithoutTakingThem() {
        long flour = bakery.createMaterial("Cost flour", "kg", 0);
        bakery.receive(flour, "10", 100);
        bakery.receive(flour, "10", 200);
        long loaf = bakery.createProduct("Cost loaf", 400);
        long small = bakery.createRecipe("Cost loaves", loaf, 10,
                "{\"materialId\":" + flour + ",\"quantity\":15000,\"unit\":\"g\"}");
        bakery.as("cashier").get("/api/inventory/recipes/" + small + "/cost").then().statusCode(200)
                .body("costCents", equalTo(2000)).body("unitCostCents", equalTo(200))
                .body("coveredByStock", equalTo(true)).body("lines[0].quantity", equalTo(15))
                .body("lines[0].unit", equalTo("kg")).body("lines[0].costCents", equalTo(2000));

        long big = bakery.createRecipe("Cost big loaves", loaf, 4,
                "{\"materialId\":" + flour + ",\"quantity\":25}");
        bakery.as("baker").get("/api/inventory/recipes/" + big + "/cost").then().statusCode(200)
                .body("costCents", equalTo(4000)).body("coveredByStock", equalTo(false))
                .body("lines[0].shortfall", equalTo(5));

        bakery.as("baker").get("/api/inventory/materials/" + flour).then().body("onHand", equalTo(20));
        Tenant.fresh().as("baker").get("/api/inventory/recipes/" + small + "/cost").then().statusCode(404);
    }
}
