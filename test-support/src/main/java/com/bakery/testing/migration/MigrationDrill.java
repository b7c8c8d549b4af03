package com.bakery.testing.migration;

import com.bakery.testing.Superuser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * A scratch database provisioned like the real one ({@code scripts/provision-db.sh}: the same roles and schemas), in
 * which a service's own Flyway migrations are applied step by step: migrate to an older version, write the data an
 * older release would have written, migrate on. Dropped on {@link #close()}.
 */
public final class MigrationDrill implements AutoCloseable {


    private final String schema;
    private final String database;
    private final String url;
    private final String user;
    private final String password;

    private MigrationDrill(String schema, String database) {
        this.schema = schema;
        this.database = database;
        String base = setting("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/bakery");
        this.url = base.substring(0, base.lastIndexOf('/') + 1) + database;
        this.user = "bakery_" + schema;
        this.password = setting(schema.toUpperCase() + "_DATABASE_PASSWORD", "bakery_" + schema + "_dev");
    }

    /** The scratch database of {@code schema} that {@link #create} made (e.g. in a test resource). */
    public static MigrationDrill existing(String schema) {
        return new MigrationDrill(schema, "bakery_migration_" + schema);
    }

    /** Creates (afresh) the scratch database for {@code schema}, with every service's role and schema. */
    public static MigrationDrill create(String schema) {
        return create(schema, "bakery_migration_" + schema);
    }

    /** Creates (afresh) a scratch database of that name, provisioned like the real one; {@code schema}'s view. */
    public static MigrationDrill create(String schema, String database) {
        MigrationDrill drill = new MigrationDrill(schema, database);
        drill.dropDatabase();
        Superuser.run(Map.of("DB_NAME", drill.database), "bash", "scripts/provision-db.sh");
        return drill;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Applies the service's migrations up to and including {@code version}. */
    public MigrationDrill migrateTo(String version) {
        flyway(version).migrate();
        return this;
    }

    /** The schema's version as Flyway's history records it. */
    public String version() {
        return flyway("latest").info().current().getVersion().getVersion();
    }

    /** The newest version among the service's migrations. */
    public String latestVersion() {
        return java.util.Arrays.stream(flyway("latest").info().all())
                .map(m -> m.getVersion()).filter(java.util.Objects::nonNull)
                .max(Comparable::compareTo).orElseThrow().getVersion();
    }

    /** Runs a script from the test classpath as the service's role, in one transaction. */
    public MigrationDrill run(String resource) {
        String sql;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the test classpath");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(sql);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(resource + " failed: " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Every table of the schema now, with the columns it has now: its row count and a checksum of its rows read
     * through those columns only, so that a later migration adding columns does not count as a change.
     */
    public Snapshot snapshot() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE table_schema = '" + schema + "' AND table_name <> 'flyway_schema_history' "
                        + "ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Snapshot(columns, fingerprints(columns));
    }

    /** The tables whose rows, read through the columns they had in {@code before}, are not what they were. */
    public Map<String, String> changesSince(Snapshot before) {
        Map<String, String> now = fingerprints(before.columns());
        Map<String, String> changed = new LinkedHashMap<>();
        before.fingerprints().forEach((table, was) -> {
            if (!was.equals(now.get(table))) {
                changed.put(table, was + " -> " + now.get(table));
            }
        });
        return changed;
    }

    /** One value of a query as the service's role. */
    public String queryValue(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dropDatabase();
    }

    /**
     * Numbers are read by value (a column widened from integer to numeric reads 4, not 4.000, so widening it is not
     * a change); everything else as its text.
     */
    private Map<String, String> fingerprints(Map<String, List<String>> columns) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            Set<String> numeric = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name || '.' || column_name "
                    + "FROM information_schema.columns WHERE table_schema = '" + schema + "' "
                    + "AND data_type IN ('smallint', 'integer', 'bigint', 'numeric')")) {
                while (rs.next()) {
                    numeric.add(rs.getString(1));
                }
            }
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                String row = "ROW(" + String.join(", ", table.getValue().stream().map(col -> numeric.contains(
                        table.getKey() + "." + col) ? "trim_scale(\"" + col + "\"::numeric)" : "\"" + col + "\"")
                        .toList()) + ")::text";
                try (ResultSet rs = s.executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg(r, '|' ORDER BY r),"
                        + " '')) FROM (SELECT " + row + " AS r FROM " + schema + ".\"" + table.getKey() + "\") x")) {
                    rs.next();
                    fingerprints.put(table.getKey(), rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return fingerprints;
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration").target(target).load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private void dropDatabase() {
        Superuser.sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Each table's columns and fingerprint (row count and checksum) at one moment. */
    public record Snapshot(Map<String, List<String>> columns, Map<String, String> fingerprints) {

        /** One line per table: {@code table<TAB>column,column<TAB>fingerprint}, to pass through config. */
        public String encode() {
            StringBuilder out = new StringBuilder();
            columns.forEach((table, cols) -> out.append(table).append('\t').append(String.join(",", cols))
                    .append('\t').append(fingerprints.get(table)).append('\n'));
            return out.toString();
        }

        public static Snapshot decode(String encoded) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            Map<String, String> fingerprints = new LinkedHashMap<>();
            for (String line : encoded.strip().split("\n")) {
                String[] parts = line.split("\t");
                columns.put(parts[0], List.of(parts[1].split(",")));
                fingerprints.put(parts[0], parts[2]);
            }
            return new Snapshot(columns, fingerprints);
        }

        /** The number of rows of {@code table} at that moment. */
        public long rows(String table) {
            String fingerprint = fingerprints.get(table);
            if (fingerprint == null) {
                throw new IllegalArgumentException("no table " + table);
            }
            return Long.parseLong(fingerprint.substring(0, fingerprint.indexOf(':')));
        }
    }
}
