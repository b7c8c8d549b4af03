package com.bakery.gateway.audit;

import com.bakery.gateway.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checkpoints of the chain, signed with a key kept outside the database ({@code AUDIT_CHECKPOINT_KEY}): whoever can
 * write the audit tables can add a checkpoint, but not one whose signature holds, so a checkpoint that verifies was
 * made by the gateway. The signed one furthest along also says how far the chain reached: a chain that ends before
 * it has lost its tail.
 */
@ApplicationScoped
public class AuditCheckpoints {

    /** What a checkpoint vouches for. */
    public enum Kind {
        /** The chain verified through this record: the next verification goes on from here. */
        VERIFIED,
        /** The records through this one were written to an archive and removed from the table. */
        ARCHIVED;

        String column() {
            return name().toLowerCase();
        }
    }

    /** A checkpoint as stored; {@code signed}: its signature holds. */
    public record Checkpoint(long id, Kind kind, long throughId, String hash, boolean signed) {
    }

    /**
     * What the checkpoints say: the newest signed one of each kind, and how many of those looked at do not hold
     * their signature.
     */
    public record Survey(Optional<Checkpoint> verified, Optional<Checkpoint> archived, long unsigned) {

        /** The signed checkpoint furthest along the chain (an archive one if both reach as far). */
        public Optional<Checkpoint> furthest() {
            if (verified.isEmpty() || archived.isPresent()
                    && archived.get().throughId() >= verified.get().throughId()) {
                return archived;
            }
            return verified;
        }
    }

    private static final int PAGE = 500;

    private final Database db;
    private final SecretKeySpec key;
    private final List<SecretKeySpec> previousKeys;

    @Inject
    public AuditCheckpoints(Database db, AuditConfig config) {
        this(db, config.checkpointKey(), config.previousCheckpointKeys().orElse(List.of()));
    }

    /** With keys of its own (a test rotates them). */
    AuditCheckpoints(Database db, String key, List<String> previousKeys) {
        this.db = db;
        this.key = key(key);
        this.previousKeys = previousKeys.stream().filter(k -> !k.isBlank()).map(AuditCheckpoints::key).toList();
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Adds a signed checkpoint (in the caller's transaction). */
    public void add(Kind kind, long throughId, String hash) {
        db.update("INSERT INTO audit.audit_checkpoint (kind, through_id, hash, signature) VALUES (?, ?, ?, ?)",
                kind.column(), throughId, hash,
                new String(sign(key, kind, throughId, hash), StandardCharsets.US_ASCII));
    }

    /**
     * Surveys the checkpoints of each kind from the newest back: {@code all} reads every one (a full
     * verification), otherwise it stops at the newest signed one.
     */
    public Survey survey(boolean all) {
        Scan verified = newestSigned(Kind.VERIFIED, all);
        Scan archived = newestSigned(Kind.ARCHIVED, all);
        return new Survey(verified.newest(), archived.newest(), verified.unsigned() + archived.unsigned());
    }

    /** The newest signed checkpoint of a kind, and how many unsigned ones were passed on the way (or in all). */
    private record Scan(Optional<Checkpoint> newest, long unsigned) {
    }

    private Scan newestSigned(Kind kind, boolean all) {
        Checkpoint newest = null;
        long unsigned = 0;
        long before = Long.MAX_VALUE;
        for (List<Checkpoint> page = page(kind, before); !page.isEmpty(); page = page(kind, before)) {
            for (Checkpoint c : page) {
                before = c.id();
                if (!c.signed()) {
                    unsigned++;
                } else if (newest == null) {
                    newest = c;
                    if (!all) {
                        return new Scan(Optional.of(newest), unsigned);
                    }
                }
            }
        }
        return new Scan(Optional.ofNullable(newest), unsigned);
    }

    private List<Checkpoint> page(Kind kind, long before) {
        return db.list("SELECT id, through_id, hash, signature FROM audit.audit_checkpoint WHERE kind = ? AND id < ? "
                + "ORDER BY id DESC LIMIT ?", rs -> {
                    long through = rs.getLong(2);
                    String hash = rs.getString(3);
                    byte[] stored = rs.getString(4).getBytes(StandardCharsets.US_ASCII);
                    boolean signed = MessageDigest.isEqual(sign(key, kind, through, hash), stored) || previousKeys
                            .stream().anyMatch(k -> MessageDigest.isEqual(sign(k, kind, through, hash), stored));
                    return new Checkpoint(rs.getLong(1), kind, through, hash, signed);
                }, kind.column(), before, PAGE);
    }

    /** The signature, as the hex digits stored. */
    private static byte[] sign(SecretKeySpec key, Kind kind, long throughId, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature = mac.doFinal((kind.column() + "|" + throughId + "|" + hash)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signature).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
