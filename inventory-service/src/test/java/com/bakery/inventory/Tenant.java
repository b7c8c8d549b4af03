package com.bakery.inventory;

import static io.restassured.RestAssured.given;

import com.bakery.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * A fresh tenant per test class (the database keeps data between runs), with a token per role.
 * Requests go through the real HTTP API, as a client's would.
 */
public record Tenant(String id) {

    public static Tenant fresh() {
        return new Tenant("t-" + UUID.randomUUID());
    }

    public RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(role + "@" + id, id, role)).contentType(ContentType.JSON);
    }

    /** As {@code role}, for a stock move: with the fresh Idempotency-Key every stock move must carry. */
    public RequestSpecification stockMove(String role) {
        return as(role).header("Idempotency-Key", java.util.UUID.randomUUID().toString());
    }

    public long createMaterial(String name, String unit, Number minimum) {
        return ((Number) as("manager")
                .body("{\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"minimumQuantity\":" + minimum + "}")
                .post("/api/inventory/materials")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    public long receive(long materialId, String quantity, long unitCostCents) {
        return receive(materialId, "{\"quantity\":" + quantity + ",\"unitCostCents\":" + unitCostCents + "}");
    }

    public long receive(long materialId, String body) {
        return ((Number) stockMove("manager").body(body)
                .post("/api/inventory/materials/" + materialId + "/batches")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    public long createProduct(String name, long priceCents) {
        return ((Number) as("manager")
                .body("{\"name\":\"" + name + "\",\"priceCents\":" + priceCents + ",\"currency\":\"EUR\"}")
                .post("/api/inventory/products")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** A product that spoils {@code shelfLifeHours} after it is baked. */
    public long createPerishable(String name, long priceCents, int shelfLifeHours) {
        return ((Number) as("manager")
                .body("{\"name\":\"" + name + "\",\"priceCents\":" + priceCents + ",\"currency\":\"EUR\","
                        + "\"shelfLifeHours\":" + shelfLifeHours + "}")
                .post("/api/inventory/products")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** A recipe of one product; {@code ingredients} is the JSON array's content. */
    public long createRecipe(String name, long productId, int yield, String ingredients) {
        return ((Number) as("baker")
                .body("{\"name\":\"" + name + "\",\"productId\":" + productId + ",\"yield\":" + yield
                        + ",\"ingredients\":[" + ingredients + "]}")
                .post("/api/inventory/recipes")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** A product with {@code units} made in one production run at {@code unitCostCents} each. */
    public long stockedProduct(String name, long priceCents, int units, long unitCostCents) {
        long product = createProduct(name, priceCents);
        addUnits(product, name, units, unitCostCents);
        return product;
    }

    /** Makes {@code units} more of a product, from a fresh material at {@code unitCostCents} a unit. */
    public void addUnits(long productId, String name, int units, long unitCostCents) {
        addUnits(productId, name, units, unitCostCents, null);
    }

    /** Makes {@code units} more of a product, baked at {@code bakedAt} (a run recorded afterwards; now if null). */
    public void addUnits(long productId, String name, int units, long unitCostCents, java.time.Instant bakedAt) {
        String tag = name + " " + UUID.randomUUID();
        long material = createMaterial("Dough for " + tag, "pcs", 0);
        receive(material, String.valueOf(units), unitCostCents);
        long recipe = createRecipe("Make " + tag, productId, 1, "{\"materialId\":" + material + ",\"quantity\":1}");
        stockMove("baker").body("{\"recipeId\":" + recipe + ",\"batches\":" + units
                        + (bakedAt == null ? "" : ",\"bakedAt\":\"" + bakedAt + "\"") + "}")
                .post("/api/inventory/production-runs").then().statusCode(201);
    }

    public io.restassured.response.ValidatableResponse product(long id) {
        return as("manager").get("/api/inventory/products/" + id).then().statusCode(200);
    }

    public io.restassured.response.ValidatableResponse material(long id) {
        return as("manager").get("/api/inventory/materials/" + id).then().statusCode(200);
    }

    public int ledgerSize(long materialId) {
        return as("manager").get("/api/inventory/materials/" + materialId + "/ledger?limit=200")
                .then().statusCode(200).extract().path("items.size()");
    }
}
