package com.bakery.gateway.token;

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
}
