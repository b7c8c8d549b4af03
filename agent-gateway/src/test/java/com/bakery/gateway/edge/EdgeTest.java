package com.bakery.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EdgeTest {

    private static final String TOKEN = TestTokens.token("baker@north", "north", "baker");

    @Test
    void aServiceThatStaysSilentIsA504NotAHang() {
        given().auth().oauth2(TOKEN).get("/api/inventory/__slow").then().statusCode(504)
                .contentType("application/problem+json").body("code", equalTo("service_timeout"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        given().auth().oauth2(TOKEN).contentType("application/json").body("x".repeat(100 * 1024))
                .post("/api/inventory/things").then().statusCode(413).contentType("application/problem+json").body("code", equalTo("body_too_large"));
        given().auth().oauth2(TOKEN).contentType("application/json").body("{\"ok\":true}")
                .post("/api/inventory/things").then().statusCode(200).body("body", equalTo("{\"ok\":true}"));
    }

    @Test
    void answersCarrySecurityHeadersAndCorsOnlyForAllowedOrigins() {
        given().auth().oauth2(TOKEN).header("Origin", "https://evil.example").get("/api/inventory/things").then()
                .statusCode(200).header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://console.bakery.test").header("Access-Control-Request-Method", "POST")
                .options("/api/inventory/things").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://console.bakery.test");
    }
}
