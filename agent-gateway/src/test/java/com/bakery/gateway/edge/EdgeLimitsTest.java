package com.bakery.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.gateway.audit.AuditTrail;
import com.bakery.gateway.db.Database;
import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What the routed services' limiter does not see: requests without credentials (refused per address before
 * they become audit rows) and the gateway's own endpoints (per caller).
 */
@QuarkusTest
class EdgeLimitsTest {

    @Inject
    AuditTrail trail;

    @Inject
    Database db;

    @Test
    void aFloodWithoutCredentialsIsRefusedBeforeItFillsTheAuditTrail() throws Exception {
        String from = "2001:db8:f::" + Integer.toHexString((int) (Math.random() * 0xffff));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            answers.add(pool.submit(() -> given().header("X-Forwarded-For", from).get("/api/inventory/info")
                    .then().extract().statusCode()));
        }
        int unauthenticated = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            unauthenticated += status == 401 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(80, unauthenticated + refused);
        assertTrue(refused >= 40, refused + " of 80 refused by the address's bucket of 30");
        trail.flush();
        long rows = db.first("SELECT count(*) FROM audit_record WHERE client_ip = ?", rs -> rs.getLong(1), from)
                .orElseThrow();
        // the anonymous requests let through were refused 401 by the token check: one row for the minute, the
        // others folded into the next one's count (RepeatedRefusals)
        assertEquals(1L, rows, unauthenticated + " refusals let through");
    }

    @Test
    void theAssistantIsLimitedPerCaller() {
        String asker = TestTokens.token("asker-" + UUID.randomUUID() + "@north", "north", "manager");
        for (int i = 0; i < 3; i++) { // the test limit: 3 at once
            int status = given().auth().oauth2(asker).contentType("application/json")
                    .body("{\"question\":\"What is low on stock?\"}").post("/api/agent/ask").then().extract()
                    .statusCode();
            assertNotEquals(429, status);
        }
        given().auth().oauth2(asker).contentType("application/json").body("{\"question\":\"What is low on stock?\"}")
                .post("/api/agent/ask").then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("rate_limited")).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // another caller has a bucket of its own
        int other = given().auth().oauth2(TestTokens.token("asker-" + UUID.randomUUID() + "@north", "north",
                "manager")).contentType("application/json").body("{\"question\":\"What is low on stock?\"}")
                .post("/api/agent/ask").then().extract().statusCode();
        assertNotEquals(429, other);
    }

    @Test
    void everyGatewayEndpointBelongsToALimitedGroup() {
        assertEquals("agent", EdgeLimits.group("/api/agent/ask", null).orElseThrow());
        assertEquals("admin", EdgeLimits.group("/api/admin/users", null).orElseThrow());
        assertEquals("verify", EdgeLimits.group("/api/admin/audit/verify", "full=true").orElseThrow());
        assertEquals("admin", EdgeLimits.group("/api/admin/audit/verify", null).orElseThrow());
        assertEquals("exchange", EdgeLimits.group("/auth/api-key", null).orElseThrow());
        assertEquals("exchange", EdgeLimits.group("/auth/exchange", null).orElseThrow());
        assertEquals("health", EdgeLimits.group("/healthz", null).orElseThrow());
        assertTrue(EdgeLimits.group("/api/inventory/materials", null).isEmpty(), "routed: the services' limiter");
    }
}
