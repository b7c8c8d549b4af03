package com.bakery.gateway.identity.flag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FlagTest {

    private final String tenant = "flags-" + UUID.randomUUID();

    private io.restassured.specification.RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(TestTokens.token(subject, tenant, role)).contentType("application/json");
    }

    private boolean on(String subject, String flag) {
        Boolean value = as(subject, "cashier").get("/api/flags").then().statusCode(200).extract()
                .path("flags.'" + flag + "'");
        return Boolean.TRUE.equals(value);
    }

    @Test
    void defaultsComeFromConfigurationAndATenantOverridesThem() {
        assertTrue(on("u1", "card-payments"));
        as("admin@" + tenant, "admin").body("{\"enabled\":false}").put("/api/admin/flags/card-payments")
                .then().statusCode(200).body("source", equalTo("tenant"));
        assertEquals(false, on("u1", "card-payments"));
        as("admin@" + tenant, "admin").get("/api/admin/flags").then().statusCode(200)
                .body("items.name", hasItem("card-payments"));
        as("admin@" + tenant, "admin").delete("/api/admin/flags/card-payments").then().statusCode(204);
        assertTrue(on("u1", "card-payments"));
        // another tenant was never affected
        String other = "o-" + UUID.randomUUID();
        Boolean theirs = given().auth().oauth2(TestTokens.token("u1", other, "cashier")).get("/api/flags").then()
                .extract().path("flags.'card-payments'");
        assertTrue(theirs);
    }

    @Test
    void aRolloutIsStablePerUserAndNearItsPercentage() {
        as("admin@" + tenant, "admin").body("{\"enabled\":true,\"rolloutPercent\":30}").put("/api/admin/flags/new-till")
                .then().statusCode(200);
        int enabled = 0;
        for (int i = 0; i < 400; i++) {
            if (FlagService.bucket("new-till", tenant, "user-" + i) < 30) {
                enabled++;
            }
        }
        assertTrue(enabled > 80 && enabled < 160, "about 30 % of 400 users: " + enabled);
        for (int i = 0; i < 5; i++) {
            boolean first = on("user-" + i, "new-till");
            assertEquals(first, on("user-" + i, "new-till"));
            assertEquals(FlagService.bucket("new-till", tenant, "user-" + i) < 30, first);
        }
        as("manager@" + tenant, "manager").body("{\"enabled\":true}").put("/api/admin/flags/new-till")
                .then().statusCode(403);
        as("admin@" + tenant, "admin").body("{\"enabled\":true,\"rolloutPercent\":101}")
                .put("/api/admin/flags/new-till").then().statusCode(400);
    }
}
