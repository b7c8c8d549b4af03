package com.bakery.gateway.audit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.gateway.audit.AuditCheckpoints.Kind;
import com.bakery.gateway.audit.AuditVerifier.Problem;
import com.bakery.gateway.audit.AuditVerifier.Verification;
import com.bakery.gateway.db.Database;
import com.bakery.testing.ScratchDatabase;
import com.bakery.testing.Superuser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The chain against those who can write its tables: archived by retention and still verifiable, a forged
 * checkpoint, a chain rewritten with fresh hashes, a cut tail. In a database of its own, since the chain is left
 * broken.
 */
@QuarkusTest
@TestProfile(AuditChainTest.ArchiveDir.class)
@WithTestResource(value = ScratchDatabase.class, initArgs = {
        @ResourceArg(name = "schema", value = "gateway"), @ResourceArg(name = "name", value = "audit_chain") })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainTest {

    static final Path ARCHIVE = Path.of("target", "audit-archive-" + UUID.randomUUID());

    public static class ArchiveDir implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.audit.archive-dir", ARCHIVE.toString());
        }
    }

    private static final String DATABASE = "bakery_scratch_audit_chain";

    @Inject
    AuditTrail trail;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditArchiver archiver;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    Database db;

    @Inject
    ObjectMapper json;

    private void write(String path, Instant at) {
        trail.record(new AuditRecord(at.toEpochMilli(), "req-" + UUID.randomUUID(), "chain-bakery",
                "manager@chain-bakery", "GET", path, 200, 3, "127.0.0.1", null));
    }

    private void awaitRecords(long n) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            trail.flush();
            return db.first("SELECT count(*) FROM audit.audit_record", rs -> rs.getLong(1)).orElseThrow() >= n;
        });
    }

    @Test
    @Order(1)
    void recordsPastTheRetentionGoToAnArchiveAndTheChainStillVerifies() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        for (int i = 0; i < 5; i++) {
            write("/api/sales/old-" + i, longAgo.plusSeconds(i));
        }
        awaitRecords(5); // the writer may hold some of them: the old ones first, as a day's records would be
        for (int i = 0; i < 3; i++) {
            write("/api/sales/new-" + i, Instant.now());
        }
        trail.flush();
        long first = db.first("SELECT min(id) FROM audit.audit_record", rs -> rs.getLong(1)).orElseThrow();

        AuditArchiver.Archived archived = archiver.archive(Instant.now().minus(Duration.ofDays(365))).orElseThrow();
        assertEquals(first, archived.fromId());
        assertEquals(first + 4, archived.throughId());
        assertEquals(5, archived.records());
        assertEquals(Set.of("/api/sales/new-0", "/api/sales/new-1", "/api/sales/new-2"),
                Set.copyOf(db.list("SELECT path FROM audit.audit_record", rs -> rs.getString(1))));

        // the archive holds the chain from the first record: each line hashes to what it holds after the one before
        List<String> lines = Files.readAllLines(archived.file());
        assertEquals(5, lines.size());
        String previous = AuditRecord.GENESIS;
        for (String line : lines) {
            JsonNode e = json.readTree(line);
            AuditRecord record = new AuditRecord(e.get("time").asLong(), e.get("requestId").asText(),
                    e.get("tenant").asText(), e.get("subject").asText(), e.get("method").asText(),
                    e.get("path").asText(), e.get("status").asInt(), e.get("latencyMs").asLong(),
                    e.get("clientIp").asText(), null);
            assertEquals(previous, e.get("prevHash").asText());
            assertEquals(record.hash(previous), e.get("hash").asText(), line);
            previous = e.get("hash").asText();
        }
        assertEquals(previous, db.first("SELECT prev_hash FROM audit.audit_record ORDER BY id LIMIT 1",
                rs -> rs.getString(1)).orElseThrow(), "the table goes on where the archive ends");

        Verification full = verifier.verify(true);
        assertTrue(full.valid(), full.toString());
        assertEquals(archived.throughId(), full.fromId());
        assertEquals(3, full.checked());
        assertTrue(verifier.verify(false).valid());
        // nothing else is old enough; asked for everything, it keeps what the database's minimum retention keeps
        assertTrue(archiver.archive(Instant.now().minus(Duration.ofDays(365))).isEmpty());
        assertTrue(archiver.archive(Instant.now().plusSeconds(60)).isEmpty());
        assertEquals(3L, db.first("SELECT count(*) FROM audit.audit_record", rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    @Order(2)
    void theDatabaseRefusesToRemoveRecordsYoungerThanItsMinimumRetentionWhateverTheGatewaySays() {
        long last = db.first("SELECT max(id) FROM audit.audit_record", rs -> rs.getLong(1)).orElseThrow();
        String hash = db.first("SELECT hash FROM audit.audit_record WHERE id = ?", rs -> rs.getString(1), last)
                .orElseThrow();
        Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            checkpoints.add(Kind.ARCHIVED, last, hash);
            db.first("SELECT audit.archive_through(?)", rs -> rs.getLong(1), last);
        }));
        assertTrue(causes(refused).contains("not all older than the minimum retention of 90 days"), causes(refused));
        assertEquals(3L, db.first("SELECT count(*) FROM audit.audit_record", rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    @Order(3)
    void aCheckpointWrittenWithoutTheKeyIsFound() {
        long records = db.first("SELECT count(*) FROM audit.audit_record", rs -> rs.getLong(1)).orElseThrow();
        write("/api/sales/before-forgery", Instant.now());
        awaitRecords(records + 1);
        long last = db.first("SELECT max(id) FROM audit.audit_record", rs -> rs.getLong(1)).orElseThrow();
        // the gateway's role may add checkpoints, but cannot sign one
        db.update("INSERT INTO audit.audit_checkpoint (kind, through_id, hash, signature) VALUES ('verified', ?, ?, ?)",
                last, "f".repeat(64), "0".repeat(64));
        Verification next = verifier.verify(false);
        assertFalse(next.valid());
        assertEquals(Problem.CHECKPOINT_FORGED, next.problem());
        // the chain itself held, so the next verification goes on from a signed checkpoint; a full one still says so
        assertTrue(verifier.verify(false).valid());
        assertEquals(Problem.CHECKPOINT_FORGED, verifier.verify(true).problem());
    }

    @Test
    @Order(4)
    void aChainRewrittenWithFreshHashesDoesNotReachTheSignedCheckpoint() {
        assertTrue(verifier.verify(false).valid());
        AuditLink last = db.first("SELECT " + AuditLink.COLUMNS + " FROM audit.audit_record ORDER BY id DESC LIMIT 1",
                AuditLink::read).orElseThrow();
        AuditRecord r = last.record();
        AuditRecord rewritten = new AuditRecord(r.atMs(), r.requestId(), r.tenant(), r.subject(), r.method(),
                "/api/sales/nothing-happened", r.status(), r.latencyMs(), r.clientIp(), r.denial(), r.detail());
        // whoever owns the table can recompute the unkeyed hashes; not the checkpoint's signature
        Superuser.sql(DATABASE, "SET session_replication_role = replica; UPDATE audit.audit_record SET path = '"
                + rewritten.path() + "', hash = '" + rewritten.hash(last.prevHash()) + "' WHERE id = " + last.id());
        Verification verification = verifier.verify(true);
        assertFalse(verification.valid());
        assertEquals(Problem.ALTERED, verification.problem());
        assertEquals(last.id(), verification.firstBrokenId());
        Superuser.sql(DATABASE, "SET session_replication_role = replica; UPDATE audit.audit_record SET path = '"
                + r.path() + "', hash = '" + last.hash() + "' WHERE id = " + last.id());
        assertTrue(verifier.verify(false).valid());
    }

    @Test
    @Order(5)
    void aCutTailIsFound() {
        long before3 = db.first("SELECT count(*) FROM audit.audit_record", rs -> rs.getLong(1)).orElseThrow();
        for (int i = 0; i < 3; i++) {
            write("/api/sales/tail-" + i, Instant.now());
        }
        awaitRecords(before3 + 3);
        Verification before = verifier.verify(false);
        assertTrue(before.valid());
        long head = before.headId();
        Superuser.sql(DATABASE, "SET session_replication_role = replica; "
                + "DELETE FROM audit.audit_record WHERE id > " + (head - 2));

        Verification next = verifier.verify(false);
        assertFalse(next.valid());
        assertEquals(Problem.TAIL_CUT, next.problem());
        Verification full = verifier.verify(true);
        assertFalse(full.valid());
        assertEquals(Problem.TAIL_CUT, full.problem());
        assertEquals(head - 1, full.firstBrokenId());
        assertEquals(head - 2, full.headId());
    }

    @Test
    @Order(6)
    void checkpointsSignedBeforeAKeyRotationStillHoldWithThePreviousKeyListed() {
        long all = db.first("SELECT count(*) FROM audit.audit_checkpoint", rs -> rs.getLong(1)).orElseThrow();
        // the test profile's key is the dev one; the one forged checkpoint holds under no key
        assertEquals(1, new AuditCheckpoints(db, "the-new-key", List.of("bakery-audit-dev")).survey(true).unsigned());
        assertEquals(all, new AuditCheckpoints(db, "the-new-key", List.of()).survey(true).unsigned());
    }

    private static String causes(Throwable e) {
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            causes.append(t.getMessage()).append('\n');
        }
        return causes.toString();
    }
}
