package com.bakery.suite.fuzz;

import com.bakery.suite.db.SchemaRoles;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every table of every service's schema, read with that service's own role: row count and checksum of the rows of
 * the given tenants (tables with a {@code tenant_id}), or of all rows (tables without one). Left out: the audit
 * trail (the gateway schema's view of the audit schema), which records every request by design (its chain is
 * verified instead), and what background work of other tests may write meanwhile (events consumed from other tenants' payments;
 * migration history).
 */
final class TableChecksums {

    private static final List<String> SCHEMAS = List.of("inventory", "sales", "payments", "classifier", "gateway");
    private static final Set<String> LEFT_OUT = Set.of("gateway.audit_record",
            "sales.processed_event");

    private TableChecksums() {
    }

    static Map<String, String> of(List<String> tenants) {
        Map<String, String> sums = new TreeMap<>();
        String in = String.join(", ", tenants.stream().map(t -> "'" + t.replace("'", "''") + "'").toList());
        for (String schema : SCHEMAS) {
            try (Connection c = SchemaRoles.connect(schema); Statement s = c.createStatement()) {
                Map<String, Boolean> tables = new TreeMap<>();
                try (ResultSet rs = s.executeQuery("SELECT table_name, bool_or(column_name = 'tenant_id') "
                        + "FROM information_schema.columns WHERE table_schema = '" + schema + "' "
                        + "AND table_name NOT LIKE 'flyway%' GROUP BY table_name")) {
                    while (rs.next()) {
                        tables.put(rs.getString(1), rs.getBoolean(2));
                    }
                }
                for (Map.Entry<String, Boolean> table : tables.entrySet()) {
                    String name = schema + "." + table.getKey();
                    if (LEFT_OUT.contains(name)) {
                        continue;
                    }
                    String where = table.getValue() ? " WHERE tenant_id IN (" + in + ")" : "";
                    try (ResultSet rs = s.executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, "
                            + "'|' ORDER BY t::text), '')) FROM " + name + " t" + where)) {
                        rs.next();
                        sums.put(name, rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(schema + ": " + e.getMessage(), e);
            }
        }
        return sums;
    }

    /**
     * Waits (up to 30 s) until the events the tenants' own writes queued have left the outboxes: the relays mark them
     * published in the background, which is not a change the fuzz made.
     */
    static void awaitOutboxesDrained(List<String> tenants) {
        String in = String.join(", ", tenants.stream().map(t -> "'" + t.replace("'", "''") + "'").toList());
        for (String schema : List.of("inventory", "payments")) {
            org.awaitility.Awaitility.await(schema + "'s outbox drained").atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofMillis(100))
                    .until(() -> unpublished(schema, in) == 0);
        }
    }

    private static long unpublished(String schema, String tenants) throws SQLException {
        try (Connection c = SchemaRoles.connect(schema); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema
                        + ".outbox_event WHERE published_at IS NULL AND tenant_id IN (" + tenants + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((table, sum) -> {
            if (!sum.equals(after.get(table))) {
                changed.add(table + ": " + sum + " -> " + after.get(table));
            }
        });
        return changed;
    }
}
