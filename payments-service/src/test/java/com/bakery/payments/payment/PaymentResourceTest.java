package com.bakery.payments.payment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.payments.Shop;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaymentResourceTest {

    private final Shop shop = Shop.fresh();

    private long count() {
        return ((Number) shop.as("manager").get("/api/payments/payments?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items").size()).longValue();
    }

    @Test
    void cashIsCapturedAtOnceAndItsHistoryIsKept() {
        long id = Shop.id(shop.pay(Shop.key(), Shop.body("CASH", 900, "EUR")).statusCode(201)
                .header("Location", startsWith("/api/payments/payments/"))
                .body("status", equalTo("CAPTURED")).body("capturedCents", equalTo(900))
                .body("method", equalTo("CASH")).body("provider", nullValue()).body("checkoutUrl", nullValue()));
        shop.payment(id).body("events.type", contains("CREATED", "STATUS_CHANGED"))
                .body("events[1].from", equalTo("PENDING")).body("events[1].to", equalTo("CAPTURED"));
    }

    @Test
    void theSameKeyAndBodyReturnTheSamePaymentAndAnotherBodyIsRefused() {
        String key = Shop.key();
        String body = Shop.body("CASH", 450, "EUR");
        long first = Shop.id(shop.pay(key, body).statusCode(201));
        long again = Shop.id(shop.pay(key, body).statusCode(200).body("status", equalTo("CAPTURED")));
        assertEquals(first, again);
        shop.pay(key, Shop.body("CASH", 451, "EUR")).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("idempotency_key_reused"));
        // a key is the tenant's own: another tenant may use the same string
        Shop.id(Shop.fresh().pay(key, body).statusCode(201));
    }

    @Test
    void aPaymentWithoutAKeyOrWithBadFieldsIsRefusedAndNothingIsStored() {
        long before = count();
        shop.as("cashier").body(Shop.body("CASH", 100, "EUR")).post("/api/payments/payments")
                .then().statusCode(400).body("errors.field", contains("Idempotency-Key"));
        shop.pay(Shop.key(), "{\"reference\":\"\",\"amountCents\":0,\"currency\":\"eur\",\"method\":\"CASH\"}")
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("amountCents")).body("errors.field", hasItem("currency"))
                .body("errors.field", hasItem("reference"));
        shop.pay(Shop.key(), "{\"reference\":\"r\",\"amountCents\":10,\"currency\":\"EUR\",\"method\":\"CHEQUE\"}")
                .statusCode(400).body("code", equalTo("malformed_json"));
        shop.pay(Shop.key(), "{\"reference\":\"r\",\"amountCents\":10.5,\"currency\":\"EUR\",\"method\":\"CASH\"}")
                .statusCode(400);
        shop.pay(Shop.key(), "{\"reference\":\"r\",\"amountCents\":10,").statusCode(400)
                .body("code", equalTo("malformed_json"));
        shop.pay(Shop.key(), "{\"reference\":\"r\",\"amountCents\":10,\"currency\":\"EUR\",\"method\":\"CASH\","
                + "\"tenant\":\"other\"}").statusCode(400);
        assertEquals(before, count());
    }

    @Test
    void cardPaymentsInAnotherCurrencyThanTheProvidersAreRefused() {
        long before = count();
        shop.pay(Shop.key(), Shop.body("CARD", 1200, "EUR")).statusCode(422)
                .body("code", equalTo("currency_not_supported")).body("errors[0].field", equalTo("currency"));
        assertEquals(before, count());
    }

    @Test
    void anotherTenantsPaymentDoesNotExistForYou() {
        long id = shop.cash(300);
        Shop stranger = Shop.fresh();
        stranger.as("manager").get("/api/payments/payments/" + id).then().statusCode(404)
                .body("code", equalTo("payment_not_found"));
        stranger.as("manager").body("{\"amountCents\":100}").header("Idempotency-Key", Shop.key())
                .post("/api/payments/payments/" + id + "/refunds").then().statusCode(404);
        stranger.as("manager").get("/api/payments/payments").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem((int) id)));
    }

    @Test
    void onlyTillStaffTakePaymentsAndAuditorsOnlyRead() {
        shop.as("baker").header("Idempotency-Key", Shop.key()).body(Shop.body("CASH", 100, "EUR"))
                .post("/api/payments/payments").then().statusCode(403);
        shop.as("auditor").header("Idempotency-Key", Shop.key()).body(Shop.body("CASH", 100, "EUR"))
                .post("/api/payments/payments").then().statusCode(403);
        long id = shop.cash(100);
        shop.as("auditor").get("/api/payments/payments/" + id).then().statusCode(200);
        io.restassured.RestAssured.given().get("/api/payments/payments/" + id).then().statusCode(401);
    }

    @Test
    void listsFilterByReferenceAndStatus() {
        String body = Shop.body("CASH", 700, "EUR");
        String reference = body.replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
        long id = Shop.id(shop.pay(Shop.key(), body).statusCode(201));
        shop.as("manager").get("/api/payments/payments?reference=" + reference).then().statusCode(200)
                .body("items.id", contains((int) id)).body("next", nullValue());
        shop.as("manager").get("/api/payments/payments?status=FAILED&reference=" + reference).then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty());
        shop.as("manager").get("/api/payments/payments?status=LOST").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aCardPaymentIsPendingWithTheProvidersCheckoutLink() {
        shop.pay(Shop.key(), Shop.body("CARD", 1500, "BRL")).statusCode(201)
                .body("status", equalTo("PENDING")).body("provider", equalTo("infinitypay"))
                .body("checkoutUrl", startsWith("http://127.0.0.1:")).body("slug", org.hamcrest.Matchers.notNullValue())
                .body("orderNsu", org.hamcrest.Matchers.notNullValue()).body("capturedCents", equalTo(0));
    }
}
