package com.bakery.payments.refund;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.bakery.payments.Shop;
import com.bakery.payments.Simulator;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RefundResourceTest {

    private final Shop shop = Shop.fresh();

    private ValidatableResponse refund(long paymentId, String key, long amountCents) {
        return shop.as("manager").header("Idempotency-Key", key)
                .body("{\"amountCents\":" + amountCents + ",\"reason\":\"stale bread\"}")
                .post("/api/payments/payments/" + paymentId + "/refunds").then();
    }

    @Test
    void cashRefundsCompleteAtOnceAndNeverExceedWhatWasCaptured() {
        long id = shop.cash(1000);
        refund(id, Shop.key(), 300).statusCode(201).body("status", equalTo("COMPLETED"))
                .body("amountCents", equalTo(300));
        shop.payment(id).body("status", equalTo("PARTIALLY_REFUNDED")).body("refundedCents", equalTo(300));
        refund(id, Shop.key(), 701).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("refund_exceeds_captured")).body("refundableCents", equalTo(700));
        refund(id, Shop.key(), 700).statusCode(201);
        shop.payment(id).body("status", equalTo("REFUNDED")).body("refundedCents", equalTo(1000));
        refund(id, Shop.key(), 1).statusCode(422);
        shop.as("manager").get("/api/payments/payments/" + id + "/refunds").then().statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void aRefundRetriedWithItsKeyRefundsOnce() {
        long id = shop.cash(500);
        String key = Shop.key();
        int first = refund(id, key, 200).statusCode(201).extract().path("id");
        refund(id, key, 200).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        refund(id, key, 250).statusCode(422).body("code", equalTo("idempotency_key_reused"));
        shop.payment(id).body("refundedCents", equalTo(200));
    }

    @Test
    void badRefundRequestsAreRefusedAndChangeNothing() {
        long id = shop.cash(500);
        shop.as("manager").body("{\"amountCents\":100}").post("/api/payments/payments/" + id + "/refunds")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        refund(id, Shop.key(), 0).statusCode(400).body("errors[0].field", equalTo("amountCents"));
        shop.as("manager").header("Idempotency-Key", Shop.key()).body("{\"amountCents\":\"lots\"}")
                .post("/api/payments/payments/" + id + "/refunds").then().statusCode(400);
        shop.as("cashier").header("Idempotency-Key", Shop.key()).body("{\"amountCents\":100}")
                .post("/api/payments/payments/" + id + "/refunds").then().statusCode(403);
        refund(987654321L, Shop.key(), 100).statusCode(404);
        shop.payment(id).body("refundedCents", equalTo(0)).body("status", equalTo("CAPTURED"));
    }

    @Test
    void aPaymentNotCapturedCannotBeRefunded() {
        long id = shop.card(1000);
        refund(id, Shop.key(), 100).statusCode(409).body("code", equalTo("payment_not_captured"));
    }

    @Test
    void aCardRefundWaitsForTheManagerToMakeItInTheProvidersAppAndConfirmIt() {
        long id = shop.card(2000);
        Simulator.pay(shop.payment(id).extract().path("slug"), "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> "CAPTURED".equals(shop.status(id)));

        int refundId = refund(id, Shop.key(), 1500).statusCode(201).body("status", equalTo("REFUND_REQUESTED"))
                .body("instructions", containsString("InfinitePay app"))
                .body("instructions", containsString("/refunds/")).extract().path("id");
        // requested but not made: the payment is unchanged, and the amount waiting counts against the rest
        shop.payment(id).body("status", equalTo("CAPTURED")).body("refundedCents", equalTo(0));
        refund(id, Shop.key(), 501).statusCode(422).body("requestedCents", equalTo(1500));

        String refunds = "/api/payments/payments/" + id + "/refunds/" + refundId;
        shop.as("cashier").post(refunds + "/confirm").then().statusCode(403);
        shop.as("manager").post(refunds + "/confirm").then().statusCode(200).body("status", equalTo("COMPLETED"));
        shop.as("manager").post(refunds + "/confirm").then().statusCode(200).body("status", equalTo("COMPLETED"));
        shop.payment(id).body("status", equalTo("PARTIALLY_REFUNDED")).body("refundedCents", equalTo(1500));
        shop.as("manager").post(refunds + "/cancel").then().statusCode(409).body("code", equalTo("refund_completed"));

        int second = refund(id, Shop.key(), 500).statusCode(201).extract().path("id");
        shop.as("manager").post("/api/payments/payments/" + id + "/refunds/" + second + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        shop.payment(id).body("status", equalTo("PARTIALLY_REFUNDED")).body("refundedCents", equalTo(1500));
        refund(id, Shop.key(), 500).statusCode(201);
    }
}
