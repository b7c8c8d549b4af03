package com.bakery.gateway.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The audit trail: its sinks besides the table, checkpoint keys, retention and archive. */
@ConfigMapping(prefix = "gateway.audit")
public interface AuditConfig {

    /** Where audit records go besides the hash-chained table: stdout, file, splunk, webhook. */
    Optional<List<String>> sinks();

    /** The file sink's path (JSON lines). */
    Optional<String> file();

    Optional<String> splunkHecUrl();

    Optional<String> splunkHecToken();

    Optional<String> webhookUrl();

    /** Records waiting for each sink; beyond this, new records are dropped for that sink (and counted). */
    @WithDefault("10000")
    int queueSize();

    /** Attempts per batch before a sink gives it up (each failure counted). */
    @WithDefault("5")
    int attempts();

    /**
     * Signs the chain's checkpoints (HMAC-SHA256). Kept outside the database, so whoever can write the audit
     * tables cannot make a checkpoint that verifies, and a cut tail shows.
     */
    String checkpointKey();

    /** Keys checkpoints were signed with before a rotation: still accepted, never used to sign. */
    Optional<List<String>> previousCheckpointKeys();

    /**
     * How long records stay in the database; older ones are written to {@link #archiveDir()} and removed
     * (never sooner than the database's own minimum, {@code AUDIT_MIN_RETENTION_DAYS}). Empty: kept forever.
     */
    Optional<Duration> retention();

    /** Where archived records go, one JSON-lines file per archived stretch of the chain. */
    @WithDefault("audit-archive")
    String archiveDir();

    /** How often the archiver looks for records past the retention ({@code off}: never). */
    @WithDefault("1h")
    String archiveEvery();
}
