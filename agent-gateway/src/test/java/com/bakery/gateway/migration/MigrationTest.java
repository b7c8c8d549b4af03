package com.bakery.gateway.migration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.testing.migration.MigrationDrill;
import com.bakery.testing.migration.PreviousReleaseDatabase;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Migrate without risking client data" for the gateway: a database as the release at schema version 2 left it
 * (users, the audit trail), then as version 3 left it (disabled users, API keys, feature flags), is migrated by the
 * gateway itself at start (V4 adds {@code audit_record.detail}); every row is still there, old records have no
 * detail and still verify, and people, keys and flags of the earlier release still work.
 */
@QuarkusTest
@TestProfile(MigrationTest.NoDemoUsers.class)
@WithTestResource(value = PreviousReleaseDatabase.class, initArgs = {
        @ResourceArg(name = "schema", value = "gateway"),
        @ResourceArg(name = "steps", value = "2=migration/gateway-v2.sql,3=migration/gateway-v3.sql") })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationTest {

    /** As in production: no demo users, which would otherwise be added to the users table at start. */
    public static class NoDemoUsers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.demo.enabled", "false");
        }
    }

    private static final String PASSWORD = "old-release-password";
    private static final String TILL_KEY = "bk_0123456789abcdef_oldReleaseKeySecret_0123456789abcdefghijklm";
    private static final List<String> SEEDED = List.of("users", "user_roles", "audit_record", "api_key",
            "feature_flag");

    private final MigrationDrill drill = PreviousReleaseDatabase.drill();

    @Test
    @Order(1)
    void everyRowTheEarlierReleaseWroteSurvivesTheMigration() {
        PreviousReleaseDatabase.assertEveryRowSurvived("3", SEEDED);
    }

    @Test
    @Order(2)
    void oldAuditRecordsHaveNoDetail() {
        assertEquals("5", drill.queryValue("SELECT count(*) FROM gateway.audit_record WHERE request_id LIKE 'old-%'"));
        assertEquals("0", drill.queryValue(
                "SELECT count(*) FROM gateway.audit_record WHERE request_id LIKE 'old-%' AND detail IS NOT NULL"));
        // the tenant's four old records (the sign-in had no tenant yet), first in its trail, without detail
        as(login("admin@migration-bakery")).get("/api/admin/audit?limit=4").then().statusCode(200)
                .body("items.requestId", contains("old-v2-2", "old-v2-3", "old-v3-1", "old-v3-2"))
                .body("items.detail", everyItem(nullValue()))
                .body("items[1].denial", equalTo("HTTP 403"))
                .body("items[3].subject", equalTo("apikey:1"));
    }

    @Test
    @Order(3)
    void theServiceReadsTheOldData() {
        String admin = login("admin@migration-bakery");
        as(admin).get("/api/gateway/info").then().statusCode(200).body("tenant", equalTo("migration-bakery"))
                .body("groups", containsInAnyOrder("admin", "auditor"));
        as(admin).get("/api/admin/users").then().statusCode(200)
                .body("items.username", containsInAnyOrder("admin@migration-bakery", "cashier@migration-bakery",
                        "former@migration-bakery"))
                .body("items.find { it.username == 'cashier@migration-bakery' }.roles", contains("cashier"))
                .body("items.find { it.username == 'cashier@migration-bakery' }.enabled", equalTo(true))
                .body("items.find { it.username == 'former@migration-bakery' }.enabled", equalTo(false));
        login("cashier@migration-bakery");
        given().contentType("application/json")
                .body("{\"username\":\"former@migration-bakery\",\"password\":\"" + PASSWORD + "\"}")
                .post("/auth/token").then().statusCode(401);

        // the till's key still signs in; the revoked one is still refused
        String till = given().header("X-API-Key", TILL_KEY).post("/auth/api-key").then().statusCode(200)
                .extract().path("access_token");
        as(till).get("/api/gateway/info").then().statusCode(200).body("tenant", equalTo("migration-bakery"))
                .body("groups", contains("cashier"));
        given().header("X-API-Key", "bk_fedcba9876543210_lostTabletSecret_0123456789abcdefghijklmnop")
                .post("/auth/api-key").then().statusCode(401);
        as(admin).get("/api/admin/api-keys").then().statusCode(200)
                .body("items.name", contains("till-1", "lost-tablet"))
                .body("items[1].roles", contains("auditor", "manager"))
                .body("items[1].revokedAt", equalTo("2026-01-12T10:00:00Z"));

        as(admin).get("/api/admin/flags").then().statusCode(200)
                .body("items.find { it.name == 'card-payments' }.enabled", equalTo(false))
                .body("items.find { it.name == 'card-payments' }.source", equalTo("tenant"));
        as(till).get("/api/flags").then().statusCode(200).body("flags.'card-payments'", equalTo(false));

        // the chain the earlier release wrote verifies, as the gateway computes it
        as(admin).get("/api/admin/audit/verify").then().statusCode(200).body("valid", equalTo(true))
                .body("checked", greaterThan(5));
    }

    @Test
    @Order(4)
    void theServiceWritesOverTheOldData() {
        String admin = login("admin@migration-bakery");
        long former = Long.parseLong(drill.queryValue(
                "SELECT id FROM gateway.users WHERE username = 'former@migration-bakery'"));
        as(admin).body("{\"enabled\":true}").put("/api/admin/users/" + former).then().statusCode(200)
                .body("enabled", equalTo(true)).body("roles", contains("baker"));
        login("former@migration-bakery");

        // verify writes what is queued first: the records of this class's requests, chained onto the old ones
        as(admin).get("/api/admin/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        assertEquals(drill.queryValue("SELECT hash FROM gateway.audit_record WHERE request_id = 'old-v3-2'"),
                drill.queryValue("SELECT prev_hash FROM gateway.audit_record WHERE id = (SELECT min(id) FROM "
                        + "gateway.audit_record WHERE request_id NOT LIKE 'old-%')"));
    }

    private static String login(String username) {
        return given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/auth/token").then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
