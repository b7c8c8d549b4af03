package com.bakery.gateway.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.gateway.db.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A full audit queue (the database slower than the requests for a while): a record of a caller without a valid
 * token may be dropped, and is counted; a signed-in caller's record never is.
 */
@QuarkusTest
class AuditSpillTest {

    @Inject
    Database db;

    @Inject
    AuditSinks sinks;

    @Test
    void aFullQueueDropsAnAnonymousRecordButNeverASignedInCallersOne() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        AuditTrail trail = new AuditTrail(db, sinks, metrics, 2); // a writer of its own, not started: nothing drains
        String tenant = "spill-" + UUID.randomUUID();
        String anonymous = "2001:db8:5::" + Integer.toHexString((int) (Math.random() * 0xffff));
        long now = System.currentTimeMillis();
        trail.record(new AuditRecord(now, "r1", null, null, "GET", "/api/inventory/info", 401, 1, anonymous,
                "HTTP 401"));
        trail.record(new AuditRecord(now, "r2", null, null, "GET", "/api/inventory/info", 401, 1, anonymous,
                "HTTP 401"));
        trail.record(new AuditRecord(now, "r3", null, null, "GET", "/api/inventory/info", 401, 1, anonymous,
                "HTTP 401"));
        trail.record(new AuditRecord(now, "r4", tenant, "manager@" + tenant, "POST", "/api/sales/checkout", 201, 9,
                "198.51.100.9", null));
        trail.record(new AuditRecord(now, "r5", tenant, "cashier@" + tenant, "POST", "/api/sales/checkout", 201, 8,
                "198.51.100.9", null));

        assertEquals(1.0, metrics.counter("audit.records.dropped").count(), "the third anonymous record");
        assertEquals(2.0, metrics.counter("audit.records.spilled").count());
        assertEquals(4, trail.flush());
        assertEquals(2L, count("tenant", tenant), "both signed-in callers' records are in the chain");
        assertEquals(2L, count("client_ip", anonymous));
    }

    @Test
    void aWebhooksUnguessableTokenIsNotKeptInTheAuditTrail() {
        String provider = "2001:db8:7::" + Integer.toHexString((int) (Math.random() * 0xffff));
        io.restassured.RestAssured.given().header("X-Forwarded-For", provider).contentType("application/json")
                .body("{}").post("/api/payments/webhooks/infinitypay/secret-token-abc").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> count("client_ip",
                provider) == 1);
        assertEquals("/api/payments/webhooks/infinitypay/{token}", db.first(
                "SELECT path FROM audit_record WHERE client_ip = ?", rs -> rs.getString(1), provider).orElseThrow());
    }

    private long count(String column, String value) {
        return db.first("SELECT count(*) FROM audit_record WHERE " + column + " = ?", rs -> rs.getLong(1), value)
                .orElseThrow();
    }
}
