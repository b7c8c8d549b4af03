package com.bakery.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.gateway.audit.AuditTrail;
import com.bakery.gateway.db.Database;
import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the edge and sign-in make is an audit record saying why. Each request comes from an address of its
 * own (through the trusted test proxy), since refusals of callers without a valid token are folded per address and
 * reason.
 */
@QuarkusTest
class AuditDenialTest {

    private final String tenant = "denials-" + UUID.randomUUID();

    @Inject
    AuditTrail trail;

    @Inject
    Database db;

    @Test
    void aRoutedRequestWithoutATokenIsRecordedAsSuch() {
        String id = request().get("/api/inventory/things").then().statusCode(401).extract().header("X-Request-Id");

        assertEquals("A bearer token is required.", denialOf(id));
    }

    @Test
    void anExpiredTokenIsRecordedAsInvalidOrExpired() {
        String id = request().auth().oauth2(TestTokens.expiredToken("manager@" + tenant, tenant, "manager"))
                .get("/api/inventory/things").then().statusCode(401).extract().header("X-Request-Id");

        assertEquals("The bearer token is invalid or expired.", denialOf(id));
    }

    @Test
    void aTokenWithoutATenantIsRecordedAsSuch() {
        String id = request().auth().oauth2(TestTokens.token("manager@nowhere", "", "manager"))
                .get("/api/inventory/things").then().statusCode(401).extract().header("X-Request-Id");

        assertEquals("The bearer token carries no tenant.", denialOf(id));
    }

    @Test
    void aBodyOverTheLimitIsRecordedWithTheLimit() {
        String id = request().auth().oauth2(TestTokens.token("manager@" + tenant, tenant, "manager"))
                .contentType("application/json").body("{\"x\":\"" + "a".repeat(70_000) + "\"}")
                .post("/api/inventory/materials").then().statusCode(413).extract().header("X-Request-Id");

        assertEquals("body over 65536 bytes", denialOf(id));
    }

    @Test
    void aWrongPasswordIsRecordedAsBadCredentials() {
        String id = request().contentType("application/json")
                .body("{\"username\":\"nobody@" + tenant + "\",\"password\":\"not-the-password\"}")
                .post("/auth/token").then().statusCode(401).extract().header("X-Request-Id");

        assertEquals("bad credentials", denialOf(id));
    }

    @Test
    void aServiceTokenAskedFromOutsideIsRecordedAsSuch() {
        String id = request().contentType("application/json").body("{\"tenant\":\"" + tenant + "\"}")
                .post("/auth/service-token").then().statusCode(403).extract().header("X-Request-Id");

        assertEquals("service token asked from outside", denialOf(id));
    }

    @Test
    void aServicesWordForTheRecordGoesIntoItsDetailAndNeverToTheClient() {
        var response = request().auth().oauth2(TestTokens.token("manager@" + tenant, tenant, "manager"))
                .post("/api/sales/shifts/__audited");
        response.then().statusCode(200);
        assertEquals(null, response.header("X-Audit-Detail"));

        assertEquals("{\"zNumber\":7}", columnOf(response.header("X-Request-Id"), "detail"));
    }

    /** A request from an address of its own (documentation range 198.18.0.0/15), with a request id of its own. */
    private static RequestSpecification request() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return given().header("X-Forwarded-For", "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255))
                .header("X-Request-Id", "denial-" + UUID.randomUUID());
    }

    /** The denial of the request's audit record, once it is written. */
    private String denialOf(String requestId) {
        return columnOf(requestId, "denial");
    }

    private String columnOf(String requestId, String column) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            trail.flush();
            return db.first("SELECT " + column + " FROM audit.audit_record WHERE request_id = ?",
                    rs -> Optional.ofNullable(rs.getString(1)), requestId);
        }, Optional::isPresent).orElseThrow().orElseThrow();
    }
}
