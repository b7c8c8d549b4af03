package com.bakery.gateway.audit;

import com.bakery.gateway.db.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

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

    public Verification verify(boolean full) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // one verification at a time, so checkpoints follow each other
            db.lockForTransaction(VERIFY_LOCK);
            long from = 0;
            String previous = AuditRecord.GENESIS;
            if (!full) {
                List<Object[]> checkpoint = db.list("SELECT through_id, hash FROM audit_checkpoint ORDER BY id DESC "
                        + "LIMIT 1", rs -> new Object[] { rs.getLong(1), rs.getString(2) });
                if (!checkpoint.isEmpty()) {
                    from = ((Number) checkpoint.get(0)[0]).longValue();
                    previous = (String) checkpoint.get(0)[1];
                    // the record the checkpoint ends at must still be the one that was verified
                    List<Object[]> last = rows(from - 1, 1);
                    if (last.isEmpty() || ((Number) last.get(0)[0]).longValue() != from
                            || !previous.equals(last.get(0)[12]) || !holds(last.get(0), (String) last.get(0)[11])) {
                        return new Verification(false, 0, from, from);
                    }
                }
            }
            long checked = 0;
            long after = from;
            for (List<Object[]> rows = rows(after, PAGE); !rows.isEmpty(); rows = rows(after, PAGE)) {
                for (Object[] row : rows) {
                    long id = ((Number) row[0]).longValue();
                    if (!previous.equals(row[11]) || !holds(row, previous)) {
                        return new Verification(false, checked, id, from);
                    }
                    previous = (String) row[12];
                    checked++;
                    after = id;
                }
            }
            if (after > from) {
                db.update("INSERT INTO audit_checkpoint (through_id, hash) VALUES (?, ?)", after, previous);
            }
            return new Verification(true, checked, null, from);
        });
    }

    /** The row's fields hash, after {@code previous}, to the hash it holds. */
    private static boolean holds(Object[] row, String previous) {
        AuditRecord r = new AuditRecord(((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], ((Number) row[7]).intValue(),
                ((Number) row[8]).longValue(), (String) row[9], (String) row[10], (String) row[13]);
        return r.hash(previous).equals(row[12]);
    }

    private List<Object[]> rows(long after, int limit) {
        return db.list("SELECT id, at_ms, request_id, tenant, subject, method, path, status, latency_ms, client_ip, "
                + "denial, prev_hash, hash, detail FROM audit_record WHERE id > ? ORDER BY id LIMIT ?",
                AuditVerifier::row, after, limit);
    }

    private static Object[] row(ResultSet rs) throws SQLException {
        Object[] row = new Object[14];
        for (int i = 0; i < row.length; i++) {
            row[i] = rs.getObject(i + 1);
        }
        return row;
    }
}
