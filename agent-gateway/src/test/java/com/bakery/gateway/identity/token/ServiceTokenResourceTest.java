package com.bakery.gateway.identity.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceTokenResourceTest {

    @Test
    void aServiceClientGetsATokenWithRoleServiceForTheTenantItActsFor() {
        String token = given().auth().preemptive().basic("sales", "bakery-sales-dev").contentType("application/json")
                .body("{\"tenant\":\"north\"}").post("/auth/service-token")
                .then().statusCode(200).body("token_type", equalTo("Bearer"))
                .extract().path("access_token");
        given().auth().oauth2(token).get("/api/gateway/info").then().statusCode(200)
                .body("sub", equalTo("service:sales")).body("tenant", equalTo("north"))
                .body("groups", contains("service"));
    }

    @Test
    void wrongOrMissingClientCredentialsAre401() {
        given().auth().preemptive().basic("sales", "guess").contentType("application/json")
                .body("{\"tenant\":\"north\"}").post("/auth/service-token")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("invalid_client"));
        given().auth().preemptive().basic("nobody", "bakery-sales-dev").contentType("application/json")
                .body("{\"tenant\":\"north\"}").post("/auth/service-token").then().statusCode(401);
        given().header("Authorization", "Basic %%%").contentType("application/json")
                .body("{\"tenant\":\"north\"}").post("/auth/service-token").then().statusCode(401);
        given().contentType("application/json").body("{\"tenant\":\"north\"}").post("/auth/service-token")
                .then().statusCode(401);
        given().auth().preemptive().basic("sales", "bakery-sales-dev").contentType("application/json")
                .body("{}").post("/auth/service-token").then().statusCode(400)
                .body("errors[0].field", equalTo("tenant"));
    }

    @Test
    void aGuessedClientSecretIsThrottledAndTheRealClientIsNot() {
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic("intruder", "guess-" + i).contentType("application/json")
                    .body("{\"tenant\":\"north\"}").post("/auth/service-token").then().statusCode(401);
        }
        given().auth().preemptive().basic("intruder", "guess-5").contentType("application/json")
                .body("{\"tenant\":\"north\"}").post("/auth/service-token").then().statusCode(429)
                .body("code", equalTo("login_throttled"));
        given().auth().preemptive().basic("sales", "bakery-sales-dev").contentType("application/json")
                .body("{\"tenant\":\"north\"}").post("/auth/service-token").then().statusCode(200);
    }

    @Test
    void noTokenThroughAProxyEvenWithTheRightSecret() {
        given().header("X-Forwarded-For", "203.0.113.5").auth().preemptive().basic("sales", "bakery-sales-dev")
                .contentType("application/json").body("{\"tenant\":\"north\"}").post("/auth/service-token")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("internal_only"));
    }
}
