package com.bakery.suite.console;

import static io.restassured.RestAssured.given;

import com.bakery.suite.Bakery;
import com.bakery.testing.TestTokens;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh bakery whose staff sign in with a user name and password, as people do: the users are created through
 * the admin API, and its goods are priced in reais so that card payments (InfinitePay) work.
 */
final class Staff {

    static final String PASSWORD = "correct horse battery";

    final Bakery bakery;

    Staff(String name) {
        bakery = Bakery.fresh(name);
        String adminToken = TestTokens.token("setup@" + bakery.tenant(), bakery.tenant(), "admin");
        for (Map.Entry<String, List<String>> user : Map.of("cashier", List.of("cashier"), "baker", List.of("baker"),
                "manager", List.of("manager"), "auditor", List.of("auditor"),
                "boss", List.of("admin", "manager", "auditor")).entrySet()) {
            given().auth().oauth2(adminToken).contentType(ContentType.JSON)
                    .body(Map.of("username", user(user.getKey()), "password", PASSWORD, "roles", user.getValue()))
                    .post("/api/admin/users").then().statusCode(201);
        }
    }

    String user(String role) {
        return role + "@" + bakery.tenant();
    }

    long product(String name, long priceCents) {
        return bakery.create("/api/inventory/products",
                "{\"name\":\"" + name + "\",\"priceCents\":" + priceCents + ",\"currency\":\"BRL\"}");
    }

    /** A product with {@code units} on the shelf, made from a material at {@code unitCostCents} a unit. */
    long stocked(String name, long priceCents, int units, long unitCostCents) {
        long product = product(name, priceCents);
        long dough = bakery.material("Dough for " + name, "pcs", 0);
        bakery.receive(dough, String.valueOf(units), unitCostCents);
        long recipe = bakery.recipe("Make " + name, product, 1, "{\"materialId\":" + dough + ",\"quantity\":1}");
        bakery.produce(recipe, units);
        return product;
    }

    void sellForCash(long product, int quantity) {
        bakery.as("cashier").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"lines\":[{\"productId\":" + product + ",\"quantity\":" + quantity + "}],"
                        + "\"payment\":{\"method\":\"CASH\",\"tenderedCents\":100000}}")
                .post("/api/sales/checkout").then().statusCode(201);
    }
}
