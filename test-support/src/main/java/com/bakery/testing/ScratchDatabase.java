package com.bakery.testing;

import com.bakery.testing.migration.MigrationDrill;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service under test at a database of its own ({@code bakery_scratch_<name>}), provisioned like the real
 * one and dropped afterwards: for tests that leave a database in a state no other test could share (a cut audit
 * trail). Arguments: {@code schema} (the service's) and {@code name}.
 */
public class ScratchDatabase implements QuarkusTestResourceLifecycleManager {

    private String schema;
    private String name;
    private MigrationDrill database;

    @Override
    public void init(Map<String, String> args) {
        schema = args.get("schema");
        name = args.get("name");
    }

    @Override
    public Map<String, String> start() {
        database = MigrationDrill.create(schema, "bakery_scratch_" + name);
        return Map.of("quarkus.datasource.jdbc.url", database.url(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
