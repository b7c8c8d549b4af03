package com.bakery.gateway.audit;

import com.bakery.gateway.audit.AuditCheckpoints.Kind;
import com.bakery.gateway.db.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps the audit table to {@code AUDIT_RETENTION}: the oldest records, once the chain verifies, are written to a
 * file in {@code AUDIT_ARCHIVE_DIR} (JSON lines, each record with its id and hashes, as the sinks get them), a
 * signed {@code archived} checkpoint is left at the last one, and the database removes them
 * ({@code audit.archive_through}, which refuses records younger than its own minimum retention). A full
 * verification then starts at that checkpoint; the file holds the chain before it, from the record after the
 * previous archive (or the first record) on.
 */
@ApplicationScoped
public class AuditArchiver {

    private static final Logger LOG = Logger.getLogger(AuditArchiver.class);
    /** At most this many records per run (one file), so a first run on years of records stays a bounded job. */
    static final int MAX_RECORDS_PER_RUN = 100_000;
    private static final int PAGE = 5_000;

    /** Records {@code fromId} through {@code throughId}, written to {@code file}. */
    public record Archived(long fromId, long throughId, long records, Path file) {
    }

    private final Database db;
    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final AuditConfig config;
    private final ObjectMapper json;
    private final Counter refused;

    public AuditArchiver(Database db, AuditVerifier verifier, AuditCheckpoints checkpoints, AuditConfig config,
            ObjectMapper json, MeterRegistry metrics) {
        this.db = db;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.config = config;
        this.json = json;
        this.refused = Counter.builder("audit.archive.refused")
                .description("archive runs refused because the chain did not verify").register(metrics);
    }

    @Scheduled(every = "${gateway.audit.archive-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void archiveOld() {
        config.retention().ifPresent(retention -> archive(Instant.now().minus(retention)));
    }

    /**
     * Archives the records older than {@code cutoff} and the database's minimum retention (up to a run's worth);
     * empty if there were none.
     */
    public Optional<Archived> archive(Instant cutoff) {
        AuditVerifier.Verification verification = verifier.verify(false);
        if (!verification.valid()) {
            refused.increment();
            LOG.errorf("Audit records not archived: the chain does not verify (%s at record %s)",
                    verification.problem(), verification.firstBrokenId());
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            db.lockForTransaction(AuditVerifier.VERIFY_LOCK);
            // never asks the database for what its own minimum retention keeps
            int minDays = db.first("SELECT min_retention_days FROM audit.audit_policy", rs -> rs.getInt(1))
                    .orElseThrow(() -> new IllegalStateException("audit.audit_policy is empty: run provision-db.sh"));
            Instant keepFrom = Instant.now().minus(Duration.ofDays(minDays));
            Instant until = cutoff.isBefore(keepFrom) ? cutoff : keepFrom;
            Optional<Long> first = db.first("SELECT min(id) FROM audit.audit_record", rs -> (Long) rs.getObject(1));
            long keptFrom = db.first("SELECT id FROM audit.audit_record WHERE at_ms >= ? ORDER BY id LIMIT 1",
                    rs -> rs.getLong(1), until.toEpochMilli()).orElse(Long.MAX_VALUE);
            if (first.isEmpty() || first.get() >= keptFrom || first.get() > verification.headId()) {
                return Optional.<Archived>empty();
            }
            long from = first.get();
            long through = Math.min(Math.min(keptFrom - 1, verification.headId()), from + MAX_RECORDS_PER_RUN - 1);
            Path file = Path.of(config.archiveDir()).resolve("audit-%012d-%012d.jsonl".formatted(from, through));
            String lastHash = write(from, through, file);
            checkpoints.add(Kind.ARCHIVED, through, lastHash);
            long removed = db.first("SELECT audit.archive_through(?)", rs -> rs.getLong(1), through).orElseThrow();
            LOG.infof("Archived audit records %d to %d (%d) to %s", from, through, removed, file);
            return Optional.of(new Archived(from, through, removed, file));
        });
    }

    /** Writes the records, durably, under the file's final name only once all are there; returns the last hash. */
    private String write(long from, long through, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            String lastHash = null;
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                long after = from - 1;
                for (List<AuditLink> page = links(after, through); !page.isEmpty(); page = links(after, through)) {
                    for (AuditLink link : page) {
                        out.write(json.writeValueAsString(Sinks.event(link)));
                        out.write('\n');
                        lastHash = link.hash();
                        after = link.id();
                    }
                }
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return lastHash;
        } catch (IOException e) {
            throw new UncheckedIOException("Audit archive " + file + " not written", e);
        }
    }

    private List<AuditLink> links(long after, long through) {
        return AuditLink.page(db, after, through, PAGE);
    }
}
