package com.bakery.gateway.audit;

import com.bakery.gateway.db.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the audit chain: each record must link to the one before and hash to what it holds. A verification
 * that passes leaves a checkpoint (the last record and its hash), and the next one goes on from there after
 * checking that record again, so it takes the time of the records added since, not of the whole trail. A full
 * verification walks every record from the first.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final long VERIFY_LOCK = 0x7665726966L;
    private static final int PAGE = 5_000;

    /**
     * {@code checked}: records checked this time, from the one after {@code fromId} (0: the first record);
     * {@code firstBrokenId}: the first record that does not hold, if any.
     */
    public record Verification(boolean valid, long checked, Long firstBrokenId, long fromId) {
    }

    private final Database db;

    public AuditVerifier(Database db) {
        this.db = db;
    }

    /** A stored link of the chain: the record, the hash it follows and the hash it holds. */
    private record Link(long id, AuditRecord record, String prevHash, String hash) {

        /** The record hashes, after {@code previous}, to the hash this link holds. */
        boolean holds(String previous) {
            return record.hash(previous).equals(hash);
        }
    }

    private record Checkpoint(long throughId, String hash) {
    }

    public Verification verify(boolean full) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // one verification at a time, so checkpoints follow each other
            db.lockForTransaction(VERIFY_LOCK);
            long from = 0;
            String previous = AuditRecord.GENESIS;
            if (!full) {
                Optional<Checkpoint> checkpoint = db.first("SELECT through_id, hash FROM audit_checkpoint "
                        + "ORDER BY id DESC LIMIT 1", rs -> new Checkpoint(rs.getLong(1), rs.getString(2)));
                if (checkpoint.isPresent()) {
                    from = checkpoint.get().throughId();
                    previous = checkpoint.get().hash();
                    // the record the checkpoint ends at must still be the one that was verified
                    List<Link> last = links(from - 1, 1);
                    if (last.isEmpty() || last.get(0).id() != from || !previous.equals(last.get(0).hash())
                            || !last.get(0).holds(last.get(0).prevHash())) {
                        return new Verification(false, 0, from, from);
                    }
                }
            }
            long checked = 0;
            long after = from;
            for (List<Link> links = links(after, PAGE); !links.isEmpty(); links = links(after, PAGE)) {
                for (Link link : links) {
                    if (!previous.equals(link.prevHash()) || !link.holds(previous)) {
                        return new Verification(false, checked, link.id(), from);
                    }
                    previous = link.hash();
                    checked++;
                    after = link.id();
                }
            }
            if (after > from) {
                db.update("INSERT INTO audit_checkpoint (through_id, hash) VALUES (?, ?)", after, previous);
            }
            return new Verification(true, checked, null, from);
        });
    }

    private List<Link> links(long after, int limit) {
        return db.list("SELECT id, at_ms, request_id, tenant, subject, method, path, status, latency_ms, client_ip, "
                + "denial, prev_hash, hash, detail FROM audit_record WHERE id > ? ORDER BY id LIMIT ?",
                AuditVerifier::link, after, limit);
    }

    private static Link link(ResultSet rs) throws SQLException {
        AuditRecord record = new AuditRecord(rs.getLong("at_ms"), rs.getString("request_id"), rs.getString("tenant"),
                rs.getString("subject"), rs.getString("method"), rs.getString("path"), rs.getInt("status"),
                rs.getLong("latency_ms"), rs.getString("client_ip"), rs.getString("denial"), rs.getString("detail"));
        return new Link(rs.getLong("id"), record, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
