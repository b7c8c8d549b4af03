package com.bakery.sales.sale;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.sales.Shop;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx naming the field, and leaves no sale, no reservation and no payment behind. */
@QuarkusTest
class BadCheckoutTest {

    private final Shop shop = Shop.fresh();

    @Test
    void refusesBadCheckoutsAndStoresNothing() {
        long bread = shop.product("Bread", 450, "BRL", 5, 100);
        long foreign = Shop.fresh().product("Foreign bread", 450, "BRL", 5, 100);
        int before = shop.salesCount();

        shop.checkout(Shop.key(), "{\"lines\":[],\"payment\":{\"method\":\"CASH\",\"tenderedCents\":100}}")
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("lines"));
        shop.checkout(Shop.key(), Shop.cash(bread, 0, 1000)).statusCode(400)
                .body("errors.field", hasItem("lines[0].quantity"));
        shop.checkout(Shop.key(), Shop.cash(bread, -2, 1000)).statusCode(400)
                .body("errors.field", hasItem("lines[0].quantity"));
        shop.checkout(Shop.key(), Shop.cash(987_654_321L, 1, 1000)).statusCode(400)
                .body("errors.field", hasItem("lines[0].productId"));
        shop.checkout(Shop.key(), Shop.cash(foreign, 1, 1000)).statusCode(400)
                .body("errors.field", hasItem("lines[0].productId"));
        shop.checkout(Shop.key(), "{\"lines\":[{\"productId\":" + bread + ",\"quantity\":1}],").statusCode(400)
                .body("code", equalTo("malformed_json"));
        shop.checkout(Shop.key(), "{\"lines\":[{\"productId\":" + bread + ",\"quantity\":1}],"
                + "\"payment\":{\"method\":\"CASH\"}}").statusCode(400)
                .body("errors.field", hasItem("payment.tenderedCents"));
        shop.checkout(Shop.key(), "{\"lines\":[{\"productId\":" + bread + ",\"quantity\":1},{\"productId\":" + bread
                + ",\"quantity\":1}],\"payment\":{\"method\":\"CARD\"}}").statusCode(400)
                .body("errors.field", hasItem("lines[1].productId"));
        shop.checkout(Shop.key(), "{\"lines\":[{\"productId\":" + bread + ",\"quantity\":1}],"
                + "\"payment\":{\"method\":\"CHEQUE\"}}").statusCode(400);
        shop.as("cashier").body(Shop.cash(bread, 1, 1000)).post("/api/sales/checkout").then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        shop.as("baker").header("Idempotency-Key", Shop.key()).body(Shop.cash(bread, 1, 1000))
                .post("/api/sales/checkout").then().statusCode(403);

        assertEquals(before, shop.salesCount());
        shop.inventoryProduct(bread).body("onHand", equalTo(5)).body("reserved", equalTo(0));
    }

    @Test
    void anotherTenantsSaleDoesNotExistForYou() {
        long bread = shop.product("Bread", 450, "BRL", 5, 100);
        String id = shop.checkout(Shop.key(), Shop.cash(bread, 1, 450)).statusCode(201).extract().path("id");
        Shop.fresh().as("manager").get("/api/sales/sales/" + id).then().statusCode(404)
                .body("code", equalTo("sale_not_found"));
    }

    /** Was a 404 whose detail repeated whatever the path held. */
    @Test
    void aSaleIdThatIsNoUuidIsA400NamingTheFieldWithoutRepeatingIt() {
        for (String id : java.util.List.of("not-a-uuid", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a%0D%0Ab")) {
            shop.as("manager").urlEncodingEnabled(false).get("/api/sales/sales/" + id).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("id"))
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<")));
            shop.as("manager").urlEncodingEnabled(false).get("/api/sales/sales/" + id + "/refunds").then()
                    .statusCode(400).body("errors[0].field", equalTo("id"));
        }
    }
}
