package com.bakery.sales.sale;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.bakery.sales.Shop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Receipt numbers: one per completed sale, per tenant, without gaps or repeats however many tills sell at once. */
@QuarkusTest
class ReceiptNumberTest {

    @Test
    void salesCompletedAtOnceGetConsecutiveNumbersAndRefusedOnesNone() throws Exception {
        Shop shop = Shop.fresh();
        long loaf = shop.product("Numbered loaf", 500, "BRL", 12, 150);
        List<Long> numbers = new ArrayList<>();
        for (Response sale : shop.sellAtOnce(loaf, 16, 500)) {
            if (sale.statusCode() == 201) {
                numbers.add(((Number) sale.path("receiptNumber")).longValue());
            } else {
                assertEquals(409, sale.statusCode(), sale.asString()); // sold out: no receipt
                assertNull(sale.path("receiptNumber"), sale.asString());
            }
        }

        assertEquals(LongStream.rangeClosed(1, 12).boxed().toList(), numbers.stream().sorted().toList());
        // another tenant counts from 1 on its own
        Shop other = Shop.fresh();
        long roll = other.product("Roll", 100, "BRL", 1, 50);
        other.as("cashier").header("Idempotency-Key", Shop.key()).body(Shop.cash(roll, 1, 100))
                .post("/api/sales/checkout").then().statusCode(201).body("receiptNumber", equalTo(1));
    }
}
