package com.bakery.suite.rehearsal;

import com.bakery.suite.day.Invariants;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the database shows after the day, read as the superuser of the rehearsal's PostgreSQL: the invariants of
 * each tenant, and for every scheduled job that both replicas of its service run, that it did its work once.
 */
final class Evidence {

    /** A check on the jobs: the query returns the rows that would show a job done twice or left undone. */
    private record JobCheck(String job, String sql) {
    }

    private static final List<JobCheck> JOB_CHECKS = List.of(
            new JobCheck("inventory outbox relay: every event published",
                    "SELECT id FROM inventory.outbox_event WHERE published_at IS NULL AND created_at < now() - interval '10 s'"),
            new JobCheck("payments outbox relay: every event published",
                    "SELECT id FROM payments.outbox_event WHERE published_at IS NULL AND created_at < now() - interval '10 s'"),
            new JobCheck("payments outbox: no event written twice for one payment",
                    "SELECT aggregate_id, type FROM payments.outbox_event GROUP BY 1, 2 HAVING count(*) > 1"),
            new JobCheck("reservation sweep: no reservation left past its expiry",
                    "SELECT id FROM inventory.reservation WHERE status = 'RESERVED' AND expires_at < now() - interval '1 min'"),
            new JobCheck("reservation sweep: each product's reserved units are its open reservations'",
                    "SELECT p.id FROM inventory.product p LEFT JOIN inventory.reservation_line l ON l.product_id = p.id "
                            + "LEFT JOIN inventory.reservation r ON r.id = l.reservation_id AND r.status = 'RESERVED' "
                            + "GROUP BY p.id, p.reserved HAVING p.reserved <> coalesce(sum(l.quantity) "
                            + "FILTER (WHERE r.id IS NOT NULL), 0)"),
            new JobCheck("payment reconciliation: no payment captured twice",
                    "SELECT payment_id FROM payments.payment_event WHERE to_status = 'CAPTURED' GROUP BY 1 "
                            + "HAVING count(*) > 1"),
            new JobCheck("saga recovery: no sale with two payments",
                    "SELECT reference FROM payments.payment GROUP BY tenant_id, reference HAVING count(*) > 1"),
            new JobCheck("saga recovery: no sale left pending",
                    "SELECT id FROM sales.sale WHERE status = 'PENDING'"),
            new JobCheck("model training: never two runs of one tenant at once",
                    "SELECT tenant FROM classifier.model_version WHERE status = 'TRAINING' GROUP BY 1 "
                            + "HAVING count(*) > 1"),
            new JobCheck("model training: one active model per tenant",
                    "SELECT tenant FROM classifier.model_version WHERE active GROUP BY 1 HAVING count(*) > 1"),
            new JobCheck("audit writers: the chain never forks",
                    "SELECT prev_hash FROM audit.audit_record GROUP BY 1 HAVING count(*) > 1"),
            new JobCheck("audit writers: each record links to the one before it",
                    "SELECT id FROM (SELECT id, prev_hash, lag(hash) OVER (ORDER BY id) AS before "
                            + "FROM audit.audit_record) t WHERE before IS NOT NULL AND prev_hash <> before"));

    private final String url;
    private final Map<String, String> secrets;
    private final List<String> findings;
    private final List<String> figures;

    Evidence(String url, Map<String, String> secrets, List<String> findings, List<String> figures) {
        this.url = url;
        this.secrets = secrets;
        this.findings = findings;
        this.figures = figures;
    }

    /** Waits (at most three minutes) until no sale of these tenants is pending: saga recovery's work done. */
    void settle(List<String> tenants) {
        Invariants invariants = invariants();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (tenants.stream().mapToLong(invariants::pendingSales).sum() > 0 && Instant.now().isBefore(deadline)) {
            Cluster.pause(Duration.ofSeconds(1));
        }
    }

    void invariants(List<String> tenants) {
        Invariants invariants = invariants();
        for (String tenant : tenants) {
            List<String> broken = invariants.violations(tenant);
            broken.forEach(b -> findings.add(tenant + ": " + b));
            figures.add(tenant + ": invariants " + (broken.isEmpty() ? "all hold" : broken.size() + " broken"));
        }
    }

    /** Each job check's rows, which must be none. */
    void scheduledJobs() {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            for (JobCheck check : JOB_CHECKS) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(check.sql())) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                if (rows.isEmpty()) {
                    figures.add("two replicas, " + check.job() + ": holds");
                } else {
                    findings.add(check.job() + ": " + rows);
                }
            }
        } catch (SQLException e) {
            findings.add("the scheduled jobs could not be checked: " + e.getMessage());
        }
    }

    private Invariants invariants() {
        return new Invariants(url, schema -> secrets.get(schema + "-database-password"));
    }

    private Connection superuser() throws SQLException {
        // postgresql://postgres:PASSWORD@postgres:5432/bakery, as the provisioning Job has it
        String userInfo = URI.create(secrets.get("postgres-superuser-url")).getUserInfo();
        return DriverManager.getConnection(url, userInfo.substring(0, userInfo.indexOf(':')),
                userInfo.substring(userInfo.indexOf(':') + 1));
    }
}
