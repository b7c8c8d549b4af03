package com.bakery.inventory.product;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.bakery.inventory.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ProductResourceTest {

    private final Tenant bakery = Tenant.fresh();

    @Test
    void createsAProductWithNoStock() {
        bakery.as("manager").body("{\"name\":\"Sourdough loaf\",\"priceCents\":450,\"currency\":\"EUR\"}")
                .post("/api/inventory/products")
                .then().statusCode(201)
                .body("name", equalTo("Sourdough loaf")).body("priceCents", equalTo(450))
                .body("currency", equalTo("EUR")).body("onHand", equalTo(0)).body("reserved", equalTo(0))
                .body("available", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"Bun\",\"priceCents\":-1,\"currency\":\"EUR\"}      | priceCents",
            "{\"name\":\"Bun\",\"priceCents\":1.5,\"currency\":\"EUR\"}     | priceCents",
            "{\"name\":\"Bun\",\"currency\":\"EUR\"}                        | priceCents",
            "{\"name\":\"Bun\",\"priceCents\":100,\"currency\":\"euro\"}    | currency",
            "{\"name\":\"Bun\",\"priceCents\":100,\"currency\":\"XYZ\"}     | currency",
            "{\"name\":\" \",\"priceCents\":100,\"currency\":\"EUR\"}       | name" })
    void refusesBadInputAndCreatesNothing(String body, String field) {
        bakery.as("manager").body(body).post("/api/inventory/products")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        bakery.as("manager").get("/api/inventory/products?limit=200")
                .then().body("items.findAll { it.name == 'Bun' }.size()", equalTo(0));
    }

    @Test
    void refusesADuplicateNameAndOtherTenantsProducts() {
        long id = bakery.createProduct("Croissant", 180);
        bakery.as("manager").body("{\"name\":\"croissant\",\"priceCents\":200,\"currency\":\"EUR\"}")
                .post("/api/inventory/products").then().statusCode(409).body("code", equalTo("product_name_taken"));
        Tenant.fresh().as("manager").get("/api/inventory/products/" + id)
                .then().statusCode(404).body("code", equalTo("product_not_found"));
        bakery.as("cashier").body("{\"name\":\"Croissant\",\"priceCents\":1,\"currency\":\"EUR\"}")
                .put("/api/inventory/products/" + id).then().statusCode(403);
        bakery.product(id).body("priceCents", equalTo(180));
    }

    @Test
    void updatesThePrice() {
        long id = bakery.createProduct("Baguette", 120);
        bakery.as("manager").body("{\"name\":\"Baguette\",\"priceCents\":130,\"currency\":\"EUR\"}")
                .put("/api/inventory/products/" + id).then().statusCode(200).body("priceCents", equalTo(130));
    }

    @Test
    void returnedUnitsComeBackAtTheCostTheyLeftAt() {
        long bun = bakery.stockedProduct("Returned bun", 80, 2, 20);
        String body = "{\"quantity\":3,\"cogsCents\":75,\"saleId\":\"sale-1\",\"reason\":\"wrong order\"}";
        bakery.as("manager").header("Idempotency-Key", "return-1").body(body)
                .post("/api/inventory/products/" + bun + "/returns").then().statusCode(201)
                .body("onHand", equalTo(5)).body("stockValueCents", equalTo(115));
        bakery.as("manager").header("Idempotency-Key", "return-1").body(body)
                .post("/api/inventory/products/" + bun + "/returns").then().statusCode(201);
        bakery.product(bun).body("onHand", equalTo(5));
        bakery.stockMove("cashier").body(body).post("/api/inventory/products/" + bun + "/returns").then()
                .statusCode(403);
        bakery.stockMove("manager").body("{\"quantity\":0,\"cogsCents\":1}")
                .post("/api/inventory/products/" + bun + "/returns").then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        bakery.stockMove("manager").body(body).post("/api/inventory/products/999999999/returns").then()
                .statusCode(404);
        bakery.product(bun).body("onHand", equalTo(5));
    }
}
