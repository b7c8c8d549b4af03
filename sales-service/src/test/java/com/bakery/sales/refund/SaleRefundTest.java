package com.bakery.sales.refund;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.bakery.sales.Shop;
import com.bakery.sales.SuiteTestResource;
import com.bakery.sales.saga.PaymentEventConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SaleRefundTest {

    private final Shop shop = Shop.fresh();

    @Inject
    PaymentEventConsumer events;

    private ValidatableResponse refund(String saleId, String key, String body) {
        return shop.as("manager").header("Idempotency-Key", key).body(body)
                .post("/api/sales/sales/" + saleId + "/refunds").then();
    }

    @Test
    void returnedUnitsAreRefundedAtWhatWasPaidAndRestocked() {
        long bread = shop.product("Bread", 450, "BRL", 5, 100);
        String id = shop.checkout(Shop.key(), Shop.cash(bread, 3, 1350)).statusCode(201).extract().path("id");
        String body = "{\"lines\":[{\"productId\":" + bread + ",\"quantity\":1}],\"restock\":true,\"reason\":\"stale\"}";
        String key = Shop.key();
        refund(id, key, body).statusCode(201).body("amountCents", equalTo(450))
                .body("paymentRefundStatus", equalTo("COMPLETED"));
        refund(id, key, body).statusCode(201);
        shop.sale(id).body("refundedCents", equalTo(450)).body("lines[0].refundedQuantity", equalTo(1));
        shop.inventoryProduct(bread).body("onHand", equalTo(3));
        String payment = shop.payments(id).get(0).get("status").toString();
        org.junit.jupiter.api.Assertions.assertEquals("PARTIALLY_REFUNDED", payment);

        refund(id, Shop.key(), "{\"lines\":[{\"productId\":" + bread + ",\"quantity\":3}]}").statusCode(422)
                .body("code", equalTo("refund_exceeds_sold"));
        // the same product twice, each line within what is left (2 of 2), together more than was sold: with a small
        // amount it passed the money check and restocked four units of the two left
        refund(id, Shop.key(), "{\"amountCents\":100,\"lines\":[{\"productId\":" + bread + ",\"quantity\":2},"
                + "{\"productId\":" + bread + ",\"quantity\":2}],\"restock\":true}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[1].productId"));
        shop.sale(id).body("refundedCents", equalTo(450)).body("lines[0].refundedQuantity", equalTo(1));
        shop.inventoryProduct(bread).body("onHand", equalTo(3));
        refund(id, Shop.key(), "{\"amountCents\":901}").statusCode(422).body("code", equalTo("refund_exceeds_paid"))
                .body("refundableCents", equalTo(900));
        refund(id, Shop.key(), "{}").statusCode(201).body("amountCents", equalTo(900));
        shop.sale(id).body("refundedCents", equalTo(1350));
        refund(id, Shop.key(), "{\"amountCents\":1}").statusCode(422);
    }

    @Test
    void onlyManagersRefundAndOnlyCompletedSales() {
        long tart = shop.product("Tart", 700, "BRL", 2, 100);
        String id = shop.checkout(Shop.key(), Shop.cash(tart, 1, 700)).statusCode(201).extract().path("id");
        shop.as("cashier").header("Idempotency-Key", Shop.key()).body("{}")
                .post("/api/sales/sales/" + id + "/refunds").then().statusCode(403);
        String failed = shop.checkout(Shop.key(), Shop.cash(tart, 5, 5000)).statusCode(409).extract().path("saleId");
        refund(failed, Shop.key(), "{}").statusCode(409).body("code", equalTo("sale_not_completed"));
        refund(id, Shop.key(), "{\"amountCents\":0}").statusCode(400);
        shop.sale(id).body("refundedCents", equalTo(0));
    }

    @Test
    void aCardRefundWaitsForTheManagerInTheProvidersApp() {
        long cake = shop.product("Cake", 2000, "BRL", 2, 500);
        String id = shop.checkout(Shop.key(), Shop.card(cake, 1)).statusCode(202).extract().path("id");
        String slug = (String) shop.payments(id).get(0).get("slug");
        given().post(SuiteTestResource.simulator().baseUrl() + "/__sim/links/" + slug + "/pay").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            events.poll();
            return "COMPLETED".equals(shop.sale(id).extract().path("status"));
        });
        refund(id, Shop.key(), "{\"amountCents\":500,\"reason\":\"burnt\"}").statusCode(201)
                .body("paymentRefundStatus", equalTo("REFUND_REQUESTED"))
                .body("instructions", containsString("InfinitePay app"));
    }
}
