package com.bakery.gateway.audit;

import com.bakery.gateway.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** A stored link of the chain: the record, its id, the hash it follows and the hash it holds. */
public record AuditLink(long id, AuditRecord record, String prevHash, String hash) {

    /** The columns {@link #read} reads, in the order of a select list. */
    static final String COLUMNS = "id, at_ms, request_id, tenant, subject, method, path, status, latency_ms, "
            + "client_ip, denial, prev_hash, hash, detail";

    /** Up to {@code limit} links after {@code after} and through {@code through}, in chain order. */
    static List<AuditLink> page(Database db, long after, long through, int limit) {
        return db.list("SELECT " + COLUMNS + " FROM audit.audit_record WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
                AuditLink::read, after, through, limit);
    }

    /** The record hashes, after {@code previous}, to the hash this link holds. */
    boolean holds(String previous) {
        return record.hash(previous).equals(hash);
    }

    static AuditLink read(ResultSet rs) throws SQLException {
        AuditRecord record = new AuditRecord(rs.getLong("at_ms"), rs.getString("request_id"), rs.getString("tenant"),
                rs.getString("subject"), rs.getString("method"), rs.getString("path"), rs.getInt("status"),
                rs.getLong("latency_ms"), rs.getString("client_ip"), rs.getString("denial"), rs.getString("detail"));
        return new AuditLink(rs.getLong("id"), record, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
