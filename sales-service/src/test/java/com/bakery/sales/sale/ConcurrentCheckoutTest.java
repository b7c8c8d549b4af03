package com.bakery.sales.sale;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.sales.Shop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrentCheckoutTest {

    private final Shop shop = Shop.fresh();

    /** 24 tills sell the last 10 loaves at once: exactly 10 sales complete, and only they are paid. */
    @Test
    void theLastUnitsAreSoldExactlyOnce() throws Exception {
        long loaf = shop.product("Last loaf", 500, "BRL", 10, 150);
        int completed = 0;
        int paid = 0;
        for (Response response : shop.sellAtOnce(loaf, 24, 500)) {
            String saleId = response.path(response.statusCode() == 201 ? "id" : "saleId");
            int payments = shop.payments(saleId).size();
            if (response.statusCode() == 201) {
                completed++;
                paid += payments;
            } else {
                assertEquals(409, response.statusCode(), response.asString());
                assertEquals("insufficient_stock", response.path("code"));
                assertEquals(0, payments, "a sale refused for stock is never charged");
            }
        }
        assertEquals(10, completed);
        assertEquals(10, paid);
        shop.inventoryProduct(loaf).body("onHand", equalTo(0)).body("reserved", equalTo(0));
    }
}
