package com.bakery.payments;

import static io.restassured.RestAssured.given;

import com.bakery.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** A fresh tenant per test class, with a token per role; requests go through the real HTTP API. */
public record Shop(String id) {

    public static Shop fresh() {
        return new Shop("t-" + UUID.randomUUID());
    }

    public RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(role + "@" + id, id, role)).contentType(ContentType.JSON);
    }

    public static String key() {
        return "key-" + UUID.randomUUID();
    }

    public static String body(String method, long amountCents, String currency) {
        return "{\"reference\":\"sale-" + UUID.randomUUID() + "\",\"amountCents\":" + amountCents
                + ",\"currency\":\"" + currency + "\",\"method\":\"" + method + "\"}";
    }

    public ValidatableResponse pay(String key, String body) {
        return as("cashier").header("Idempotency-Key", key).body(body).post("/api/payments/payments").then();
    }

    public long cash(long amountCents) {
        return id(pay(key(), body("CASH", amountCents, "EUR")).statusCode(201));
    }

    public long card(long amountCents) {
        return id(pay(key(), body("CARD", amountCents, "BRL")).statusCode(201));
    }

    public ValidatableResponse payment(long id) {
        return as("manager").get("/api/payments/payments/" + id).then().statusCode(200);
    }

    public String status(long id) {
        return payment(id).extract().path("status");
    }

    public static long id(ValidatableResponse response) {
        return ((Number) response.extract().path("id")).longValue();
    }
}
