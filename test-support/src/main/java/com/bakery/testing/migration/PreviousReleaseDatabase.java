package com.bakery.testing.migration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Points the service under test at a database left by an earlier release: a {@link MigrationDrill} migrated step by
 * step, with each step's data written by its script; the service's own Flyway migrates it to the current version at
 * start, as a deployment would. Arguments: {@code schema}, and {@code steps} as {@code version=script,...} in order
 * (e.g. {@code 3=migration/v3.sql,6=migration/v6.sql}). What the earlier release left is handed to the test through
 * config ({@link #before()}, {@link #previousVersion()}).
 */
public class PreviousReleaseDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String BEFORE = "bakery.migration-test.before";
    private static final String PREVIOUS_VERSION = "bakery.migration-test.previous-version";
    private static final String SCHEMA = "bakery.migration-test.schema";

    private String schema;
    private final Map<String, String> steps = new LinkedHashMap<>();
    private MigrationDrill drill;

    @Override
    public void init(Map<String, String> args) {
        schema = args.get("schema");
        for (String step : args.get("steps").split(",")) {
            String[] parts = step.strip().split("=", 2);
            steps.put(parts[0], parts[1]);
        }
    }

    @Override
    public Map<String, String> start() {
        drill = MigrationDrill.create(schema);
        steps.forEach((version, script) -> drill.migrateTo(version).run(script));
        return Map.of("quarkus.datasource.jdbc.url", drill.url(),
                "quarkus.datasource.username", drill.user(),
                "quarkus.datasource.password", drill.password(),
                SCHEMA, schema,
                PREVIOUS_VERSION, drill.version(),
                BEFORE, drill.snapshot().encode());
    }

    @Override
    public void stop() {
        if (drill != null) {
            drill.close();
        }
    }

    /** The drill's database, as the service under test has migrated it. */
    public static MigrationDrill drill() {
        return MigrationDrill.existing(value(SCHEMA));
    }

    /** The tables, rows and checksums as the earlier release left them, before the service started. */
    public static MigrationDrill.Snapshot before() {
        return MigrationDrill.Snapshot.decode(value(BEFORE));
    }

    /** The schema version the earlier release left. */
    public static String previousVersion() {
        return value(PREVIOUS_VERSION);
    }

    /**
     * The check every service's migration test starts with: the earlier release left {@code previousVersion}, the
     * service migrated to its newest, every table in {@code seeded} had rows, and no old row reads differently.
     */
    public static void assertEveryRowSurvived(String previousVersion, java.util.List<String> seeded) {
        MigrationDrill drill = drill();
        MigrationDrill.Snapshot before = before();
        org.junit.jupiter.api.Assertions.assertEquals(previousVersion, previousVersion());
        org.junit.jupiter.api.Assertions.assertEquals(drill.latestVersion(), drill.version(),
                "the service migrated the database to its newest version");
        seeded.forEach(table -> org.junit.jupiter.api.Assertions.assertTrue(before.rows(table) > 0,
                table + " had rows to carry over"));
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(), drill.changesSince(before));
    }

    private static String value(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
