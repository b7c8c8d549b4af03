package com.bakery.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.bakery.gateway.Logins;
import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The routed services are played by {@link com.bakery.gateway.UpstreamStub}, which echoes what reached it. */
@QuarkusTest
class ProxyRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = { "inventory", "sales", "payments", "classifier" })
    void passesAValidTokenOnToEveryService(String service) {
        String token = Logins.tokenFor("baker@north");
        given().auth().oauth2(token)
                .when().get("/api/" + service + "/info?x=1")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/" + service + "/info"))
                .body("query", equalTo("x=1"))
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void streamsTheRequestBodyThrough() {
        given().auth().oauth2(Logins.tokenFor("manager@north"))
                .contentType("application/json").body("{\"name\":\"Flour\"}")
                .when().post("/api/inventory/materials")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"name\":\"Flour\"}"));
    }

    @Test
    void refusesARequestWithoutToken() {
        given().when().get("/api/inventory/info")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        given().auth().oauth2(TestTokens.foreignToken("baker@north", "north", "baker"))
                .when().get("/api/sales/info")
                .then().statusCode(401)
                .body("detail", equalTo("The bearer token is invalid or expired."));
    }

    @Test
    void refusesAnExpiredToken() {
        given().auth().oauth2(TestTokens.expiredToken("baker@north", "north", "baker"))
                .when().get("/api/sales/info")
                .then().statusCode(401);
    }

    @Test
    void refusesATokenWithoutTenant() {
        given().auth().oauth2(TestTokens.token("baker@north", null, "baker"))
                .when().get("/api/payments/info")
                .then().statusCode(401)
                .body("detail", equalTo("The bearer token carries no tenant."));
    }

    @Test
    void refusesAnotherAuthorizationScheme() {
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .when().get("/api/inventory/info")
                .then().statusCode(401);
    }

    @Test
    void letsProviderWebhooksThroughWithoutJwt() {
        given().contentType("application/json").body("{}")
                .when().post("/api/payments/webhooks/infinitypay/some-token")
                .then().statusCode(200)
                .body("path", equalTo("/api/payments/webhooks/infinitypay/some-token"));
    }

    @Test
    void answers503ProblemWhenTheServiceCannotBeReached() {
        given().auth().oauth2(Logins.tokenFor("baker@north"))
                .when().get("/api/sales/__reset")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("code", equalTo("service_unavailable"))
                .body("detail", equalTo("The sales service cannot be reached; try again shortly."));
    }

    @Test
    void aWebhookIsAskedAgainWith400WhenPaymentsCannotBeReached() {
        given().header("X-Forwarded-For", "198.51.100.20").contentType("application/json").body("{}")
                .when().post("/api/payments/webhooks/infinitypay/some-token/__reset")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("delivery_deferred"));
    }

    @Test
    void webhooksHaveABucketPerAddressAndTooManyAreAskedAgainWith400() {
        String provider = "198.51.100.21";
        for (int i = 0; i < 5; i++) { // the test bucket holds 5
            given().header("X-Forwarded-For", provider).contentType("application/json").body("{}")
                    .when().post("/api/payments/webhooks/infinitypay/token-" + i).then().statusCode(200);
        }
        given().header("X-Forwarded-For", provider).contentType("application/json").body("{}")
                .when().post("/api/payments/webhooks/infinitypay/token-5")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("delivery_deferred"));
        // another address's delivery is not held back by that flood
        given().header("X-Forwarded-For", "198.51.100.22").contentType("application/json").body("{}")
                .when().post("/api/payments/webhooks/infinitypay/token-6").then().statusCode(200);
    }

    @Test
    void doesNotRouteUnknownServices() {
        given().auth().oauth2(Logins.tokenFor("baker@north"))
                .when().get("/api/unknown/info")
                .then().statusCode(404);
    }
}
