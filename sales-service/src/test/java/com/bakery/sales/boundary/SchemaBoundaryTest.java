package com.bakery.sales.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each service's role can use only its own schema: the sales schema's tables are readable by the sales role and
 * refused to every other service's role. Roles and passwords are the ones scripts/provision-db.sh creates.
 */
@QuarkusTest
class SchemaBoundaryTest {

    private static final String SALES_TABLE = "sales.flyway_schema_history";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    AgroalDataSource salesDataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void theSalesRoleReadsItsOwnSchema() throws SQLException {
        try (Connection c = salesDataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM " + SALES_TABLE)) {
            rows.next();
            assertTrue(rows.getLong(1) >= 1, "the baseline migration is recorded in the sales schema");
        }
    }

    @Test
    void theInventoryRoleIsRefusedTheSalesSchema() {
        SQLException refused = assertThrows(SQLException.class,
                () -> queryAs("inventory", "SELECT count(*) FROM " + SALES_TABLE));
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
        assertTrue(refused.getMessage().contains("permission denied for schema sales"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "payments", "classifier", "gateway" })
    void everyOtherServiceRoleIsRefusedTheSalesSchema(String service) {
        SQLException refused = assertThrows(SQLException.class,
                () -> queryAs(service, "SELECT count(*) FROM " + SALES_TABLE));
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
    }

    @Test
    void aServiceRoleCannotCreateTablesInThePublicSchema() {
        SQLException refused = assertThrows(SQLException.class,
                () -> queryAs("inventory", "CREATE TABLE public.boundary_probe (id int)"));
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
    }

    private void queryAs(String service, String sql) throws SQLException {
        String password = System.getenv().getOrDefault(service.toUpperCase() + "_DATABASE_PASSWORD",
                "bakery_" + service + "_dev");
        try (Connection c = DriverManager.getConnection(jdbcUrl, "bakery_" + service, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
