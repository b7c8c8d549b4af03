package com.bakery.gateway.identity.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.bakery.gateway.db.Database;
import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {

    private final String tenant = "api-" + UUID.randomUUID();

    @Inject
    Database db;

    private io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.token("admin@" + tenant, tenant, "admin")).contentType("application/json");
    }

    @Test
    void aKeyIsShownOnceExchangedForATokenAndRevoked() {
        var created = admin().body("{\"name\":\"scale\",\"roles\":[\"baker\"]}").post("/api/admin/api-keys")
                .then().statusCode(201).body("key", startsWith("bk_")).extract();
        String key = created.path("key");
        int id = created.path("id");
        admin().get("/api/admin/api-keys").then().statusCode(200).body("items[0].key", nullValue())
                .body("items[0].name", equalTo("scale"));
        String stored = db.first("SELECT secret_hash FROM api_key WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow();
        assertFalse(key.contains(stored), "only a hash is stored");

        String token = given().header("X-API-Key", key).post("/auth/api-key").then().statusCode(200)
                .extract().path("access_token");
        given().auth().oauth2(token).get("/api/gateway/info").then().statusCode(200)
                .body("sub", equalTo("apikey:" + id)).body("tenant", equalTo(tenant)).body("groups", contains("baker"));
        given().auth().oauth2(token).get("/api/inventory/things").then().statusCode(200);

        admin().delete("/api/admin/api-keys/" + id).then().statusCode(200);
        given().header("X-API-Key", key).post("/auth/api-key").then().statusCode(401)
                .body("code", equalTo("invalid_api_key"));
    }

    @Test
    void wrongMalformedOrForeignKeysAreRefused() {
        String key = admin().body("{\"name\":\"till\",\"roles\":[\"cashier\"]}").post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
        String wrong = key.substring(0, key.length() - 2) + (key.endsWith("A") ? "BB" : "AA");
        given().header("X-API-Key", wrong).post("/auth/api-key").then().statusCode(401);
        given().header("X-API-Key", "not-a-key").post("/auth/api-key").then().statusCode(401);
        given().post("/auth/api-key").then().statusCode(401);
        admin().body("{\"name\":\"root\",\"roles\":[\"admin\"]}").post("/api/admin/api-keys").then().statusCode(400)
                .body("errors[0].field", equalTo("roles"));
        String other = "other-" + UUID.randomUUID();
        int id = admin().body("{\"name\":\"x\",\"roles\":[\"auditor\"]}").post("/api/admin/api-keys").then()
                .extract().path("id");
        given().auth().oauth2(TestTokens.token("admin@" + other, other, "admin")).delete("/api/admin/api-keys/" + id)
                .then().statusCode(404);
    }
}
