package com.bakery.suite;

import static io.restassured.RestAssured.given;

import com.bakery.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** A tenant of its own for one test run, and its staff's calls through the gateway. */
public record Bakery(String tenant) {

    public static Bakery fresh(String name) {
        return new Bakery(name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(role + "@" + tenant, tenant, role)).contentType(ContentType.JSON);
    }

    public long create(String path, String body) {
        return ((Number) as("manager").body(body).post(path).then().statusCode(201).extract().path("id")).longValue();
    }

    public long material(String name, String unit, int minimum) {
        return create("/api/inventory/materials",
                "{\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"minimumQuantity\":" + minimum + "}");
    }

    public void receive(long material, String quantity, long unitCostCents) {
        as("manager").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"quantity\":" + quantity + ",\"unitCostCents\":" + unitCostCents + "}")
                .post("/api/inventory/materials/" + material + "/batches").then().statusCode(201);
    }

    public long product(String name, long priceCents) {
        return create("/api/inventory/products",
                "{\"name\":\"" + name + "\",\"priceCents\":" + priceCents + ",\"currency\":\"EUR\"}");
    }

    public long recipe(String name, long product, int yield, String ingredients) {
        return create("/api/inventory/recipes", "{\"name\":\"" + name + "\",\"productId\":" + product + ",\"yield\":"
                + yield + ",\"ingredients\":[" + ingredients + "]}");
    }

    public void produce(long recipe, int batches) {
        as("baker").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"recipeId\":" + recipe + ",\"batches\":" + batches + "}")
                .post("/api/inventory/production-runs").then().statusCode(201);
    }

    public ValidatableResponse sellForCash(long product, int quantity, long tenderedCents) {
        return as("cashier").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"lines\":[{\"productId\":" + product + ",\"quantity\":" + quantity + "}],"
                        + "\"payment\":{\"method\":\"CASH\",\"tenderedCents\":" + tenderedCents + "}}")
                .post("/api/sales/checkout").then().statusCode(201);
    }

    public ValidatableResponse ask(String role, String question) {
        return as(role).body(java.util.Map.of("question", question)).post("/api/agent/ask").then();
    }

    public ValidatableResponse confirm(String role, String id) {
        return as(role).body(java.util.Map.of("confirm", id)).post("/api/agent/ask").then();
    }
}
