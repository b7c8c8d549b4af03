package com.bakery.payments.info;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InfoResourceTest {

    @Test
    void answersWithTheIdentityReadFromAValidToken() {
        given().auth().oauth2(TestTokens.token("baker@north", "north", "baker", "manager"))
                .when().get("/api/payments/info")
                .then().statusCode(200)
                .body("service", equalTo("payments-service"))
                .body("version", not(emptyOrNullString()))
                .body("gitSha", not(emptyOrNullString()))
                .body("sub", equalTo("baker@north"))
                .body("tenant", equalTo("north"))
                .body("groups", containsInAnyOrder("baker", "manager"));
    }

    @Test
    void refusesARequestWithoutToken() {
        given().when().get("/api/payments/info")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        given().auth().oauth2(TestTokens.foreignToken("baker@north", "north", "baker"))
                .when().get("/api/payments/info")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void refusesAnExpiredToken() {
        given().auth().oauth2(TestTokens.expiredToken("baker@north", "north", "baker"))
                .when().get("/api/payments/info")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void refusesATokenWithoutTenant() {
        given().auth().oauth2(TestTokens.token("baker@north", null, "baker"))
                .when().get("/api/payments/info")
                .then().statusCode(401)
                .body("code", equalTo("token_without_tenant"));
    }
}
