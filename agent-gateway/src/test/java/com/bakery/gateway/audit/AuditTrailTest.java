package com.bakery.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.gateway.SinkReceivers;
import com.bakery.gateway.db.Database;
import com.bakery.testing.Management;
import com.bakery.testing.Superuser;
import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    private final String tenant = "audit-" + UUID.randomUUID();

    @Inject
    AuditTrail trail;

    @Inject
    AuditVerifier verifier;

    @Inject
    Database db;

    /** Records are written after the answer is sent: wait until this tenant has {@code n} of them. */
    private void awaitRecords(long n) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            trail.flush();
            return db.first("SELECT count(*) FROM audit.audit_record WHERE tenant = ?", rs -> rs.getLong(1), tenant)
                    .orElseThrow() >= n;
        });
    }

    private String token(String role) {
        return TestTokens.token(role + "@" + tenant, tenant, role);
    }

    @Test
    void everyRequestIsRecordedWithWhoWhatAndWhyItWasRefused() {
        String requestId = "req-" + UUID.randomUUID();
        given().auth().oauth2(token("manager")).header("X-Request-Id", requestId).get("/api/inventory/things")
                .then().statusCode(200).header("X-Request-Id", requestId);
        given().auth().oauth2(token("manager")).header("X-Request-Id", "bad id with spaces")
                .get("/api/inventory/things").then().header("X-Request-Id", org.hamcrest.Matchers.not("bad id with spaces"));
        given().auth().oauth2(TestTokens.expiredToken("manager@" + tenant, tenant, "manager"))
                .get("/api/inventory/things").then().statusCode(401);
        awaitRecords(2);
        given().auth().oauth2(token("auditor")).get("/api/admin/audit?limit=200").then().statusCode(200)
                .body("items.requestId", hasItem(requestId))
                .body("items.find { it.requestId == '" + requestId + "' }.subject", equalTo("manager@" + tenant))
                .body("items.find { it.requestId == '" + requestId + "' }.status", equalTo(200))
                .body("items.find { it.requestId == '" + requestId + "' }.path", equalTo("/api/inventory/things"))
                .body("items.find { it.requestId == '" + requestId + "' }.denial", nullValue());
        given().auth().oauth2(token("manager")).get("/api/admin/audit").then().statusCode(403);
        given().auth().oauth2(token("auditor")).get("/api/admin/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void aChangedRowBreaksTheChainAtThatRow() {
        given().auth().oauth2(token("manager")).get("/api/inventory/tamper-" + UUID.randomUUID()).then()
                .statusCode(200);
        awaitRecords(1);
        long id = lastRecordOfTenant();
        // bypassing the trigger that forbids updates, as the superuser could
        tamper(id, "/api/inventory/nothing-to-see");
        try {
            given().auth().oauth2(token("auditor")).get("/api/admin/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false)).body("firstBrokenId", equalTo((int) id));
        } finally {
            tamperBack(id);
        }
        AuditVerifier.Verification after = verifier.verify(false);
        assertTrue(after.valid(), "restored: " + after);
    }

    @Test
    void aVerificationGoesOnFromTheLastOneAndAFullOneWalksEveryRecord() {
        given().auth().oauth2(token("auditor")).get("/api/admin/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
        long checkpoint = lastCheckpoint();
        given().auth().oauth2(token("manager")).get("/api/inventory/after-" + UUID.randomUUID()).then().statusCode(200);
        awaitRecords(2);
        AuditVerifier.Verification next = verifier.verify(false);
        assertTrue(next.valid() && next.fromId() == checkpoint && next.checked() >= 1, next.toString());
        assertTrue(lastCheckpoint() > checkpoint, "a new checkpoint");
        AuditVerifier.Verification full = verifier.verify(true);
        assertTrue(full.valid() && full.fromId() == 0 && full.checked() > next.checked(), full.toString());
    }

    @Test
    void aChangedCheckpointRecordFailsTheNextVerificationAndAnOlderOneAFullVerification() {
        given().auth().oauth2(token("manager")).get("/api/inventory/old-" + UUID.randomUUID()).then().statusCode(200);
        awaitRecords(1);
        long old = lastRecordOfTenant();
        given().auth().oauth2(token("manager")).get("/api/inventory/new-" + UUID.randomUUID()).then().statusCode(200);
        awaitRecords(2);
        assertTrue(verifier.verify(false).valid());
        long checkpoint = lastCheckpoint();

        tamper(checkpoint, "/api/inventory/rewritten");
        try {
            given().auth().oauth2(token("auditor")).get("/api/admin/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false)).body("firstBrokenId", equalTo((int) checkpoint));
        } finally {
            tamperBack(checkpoint);
        }
        // a record before the checkpoint: the next verification starts after it, a full one finds it
        tamper(old, "/api/inventory/rewritten");
        try {
            assertTrue(verifier.verify(false).valid(), "checked already");
            given().auth().oauth2(token("auditor")).get("/api/admin/audit/verify?full=true").then().statusCode(200)
                    .body("valid", equalTo(false)).body("firstBrokenId", equalTo((int) old)).body("fromId", equalTo(0));
        } finally {
            tamperBack(old);
        }
    }

    private long lastRecordOfTenant() {
        return db.first("SELECT max(id) FROM audit.audit_record WHERE tenant = ?", rs -> rs.getLong(1), tenant)
                .orElseThrow();
    }

    private long lastCheckpoint() {
        return db.first("SELECT through_id FROM audit.audit_checkpoint ORDER BY id DESC LIMIT 1", rs -> rs.getLong(1))
                .orElseThrow();
    }

    private String original;

    @Test
    void aFlushNeverWritesARecordAheadOfOneTheWriterIsHolding() {
        trail.record(new AuditRecord(System.currentTimeMillis(), "first", tenant, "cli", "CLI", "/first", 201, 0,
                null, null));
        // the writer has taken the first record and lingers with it for more before writing
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(10))
                .until(() -> trail.queued() == 0);
        trail.record(new AuditRecord(System.currentTimeMillis(), "second", tenant, "cli", "CLI", "/second", 409, 0,
                null, null));
        trail.flush();
        assertEquals(List.of("/first", "/second"), db.list("SELECT path FROM audit.audit_record WHERE tenant = ? "
                + "ORDER BY id", rs -> rs.getString(1), tenant));
    }

    /** Changes a record as only the superuser can now (the gateway's role may not, nor disable the trigger). */
    private void tamper(long id, String path) {
        original = db.first("SELECT path FROM audit.audit_record WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow();
        Superuser.sql(Superuser.testDatabase(), "SET session_replication_role = replica; "
                + "UPDATE audit.audit_record SET path = '" + path.replace("'", "''") + "' WHERE id = " + id);
    }

    private void tamperBack(long id) {
        tamper(id, original == null ? "" : original);
    }

    @Test
    void theGatewaysOwnRoleCanNeitherChangeNorRemoveRecordsNorSwitchOffTheTrigger() {
        trail.flush();
        assertRefused("DELETE FROM audit.audit_record WHERE id = (SELECT max(id) FROM audit.audit_record)",
                "permission denied");
        assertRefused("UPDATE audit.audit_record SET path = '/nothing' WHERE id = (SELECT max(id) FROM "
                + "audit.audit_record)", "permission denied");
        assertRefused("TRUNCATE audit.audit_record", "permission denied");
        assertRefused("ALTER TABLE audit.audit_record DISABLE TRIGGER audit_record_append_only", "must be owner");
        assertRefused("DROP TABLE audit.audit_record", "must be owner");
        assertRefused("DELETE FROM audit.audit_checkpoint", "permission denied");
        // removing old records goes through the database's own function, which keeps its minimum retention
        long last = db.first("SELECT max(id) FROM audit.audit_record", rs -> rs.getLong(1)).orElseThrow();
        assertRefused("SELECT audit.archive_through(" + last + ")", "no archive checkpoint");
    }

    private void assertRefused(String sql, String reason) {
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> db.update(sql), sql);
        StringBuilder causes = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            causes.append(t.getMessage()).append('\n');
        }
        assertTrue(causes.toString().contains(reason), sql + ": " + causes);
    }

    @Test
    void recordsReachTheSinksAndADeadSinkNeverSlowsRequests() throws Exception {
        String marker = "sink-" + UUID.randomUUID();
        given().auth().oauth2(token("manager")).get("/api/inventory/" + marker).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> SinkReceivers.SPLUNK.stream().anyMatch(b -> b.contains(marker))
                && SinkReceivers.WEBHOOK.stream().anyMatch(b -> b.contains(marker))
                && Files.exists(SinkReceivers.FILE) && Files.readString(SinkReceivers.FILE).contains(marker));
        assertTrue(SinkReceivers.SPLUNK.stream().filter(b -> b.contains(marker)).findFirst().orElseThrow()
                .contains("\"sourcetype\":\"_json\""));
        // each record goes with its id and hashes: the sink holds the chain's head, out of the database's reach
        long id = db.first("SELECT max(id) FROM audit.audit_record WHERE path = ?", rs -> rs.getLong(1),
                "/api/inventory/" + marker).orElseThrow();
        String hash = db.first("SELECT hash FROM audit.audit_record WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow();
        String event = SinkReceivers.WEBHOOK.stream().filter(b -> b.contains(marker)).findFirst().orElseThrow();
        assertTrue(event.contains("\"id\":" + id + ",") && event.contains("\"hash\":\"" + hash + "\""), event);

        SinkReceivers.webhookDead(true);
        String dead = "dead-" + UUID.randomUUID();
        try {
            for (int i = 0; i < 20; i++) {
                given().auth().oauth2(token("manager")).get("/api/inventory/" + dead).then().statusCode(200);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> failedDeliveries() > 0);
            // the other sinks are not held up by the dead one
            await().atMost(Duration.ofSeconds(10)).until(() -> SinkReceivers.SPLUNK.stream().anyMatch(b -> b.contains(dead)));
        } finally {
            SinkReceivers.webhookDead(false);
        }
        // retried once it is back
        await().atMost(Duration.ofSeconds(15)).until(() -> SinkReceivers.WEBHOOK.stream().anyMatch(b -> b.contains(dead)));
    }

    private static double failedDeliveries() {
        String metrics = Management.given().get("/q/metrics").asString();
        return metrics.lines().filter(l -> l.startsWith("audit_sink_failed_total{") && l.contains("sink=\"webhook\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void recordsOfOneTenantAreNotShownToAnother() {
        given().auth().oauth2(token("manager")).get("/api/inventory/private").then().statusCode(200);
        awaitRecords(1);
        String stranger = "other-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.token("auditor@" + stranger, stranger, "auditor")).get("/api/admin/audit")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }
}
