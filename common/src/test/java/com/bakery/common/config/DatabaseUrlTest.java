package com.bakery.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    /** The services' own datasource lines, with {@code variables} standing in for the environment. */
    private static SmallRyeConfig config(Map<String, String> variables) {
        Map<String, String> properties = new HashMap<>(Map.of(
                DatabaseUrl.JDBC_URL, "${DATABASE_URL:jdbc:postgresql://127.0.0.1:5432/bakery}",
                DatabaseUrl.USERNAME, "${DATABASE_USER:bakery_sales}",
                DatabaseUrl.PASSWORD, "${DATABASE_PASSWORD:bakery_sales_dev}"));
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withInterceptors(new DatabaseUrl())
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new PropertiesConfigSource(variables, "environment", 300)).build();
    }

    private static void assertDatasource(SmallRyeConfig config, String url, String user, String password) {
        assertEquals(url, config.getValue(DatabaseUrl.JDBC_URL, String.class));
        assertEquals(user, config.getValue(DatabaseUrl.USERNAME, String.class));
        assertEquals(password, config.getValue(DatabaseUrl.PASSWORD, String.class));
    }

    @Test
    void aJdbcUrlIsTakenAsItIs() {
        assertDatasource(config(Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/bakery?sslmode=require")),
                "jdbc:postgresql://db:5432/bakery?sslmode=require", "bakery_sales", "bakery_sales_dev");
        assertDatasource(config(Map.of()), "jdbc:postgresql://127.0.0.1:5432/bakery", "bakery_sales",
                "bakery_sales_dev");
    }

    @Test
    void aLibpqUrlGivesTheJdbcUrlAndItsUserAndPassword() {
        assertDatasource(config(Map.of("DATABASE_URL", "postgresql://sales:p%40ss%3Aw+rd@db.example:5432/bakery"
                + "?sslmode=require")), "jdbc:postgresql://db.example:5432/bakery?sslmode=require", "sales",
                "p@ss:w+rd");
        assertDatasource(config(Map.of("DATABASE_URL", "postgres://sales:secret@db/bakery")),
                "jdbc:postgresql://db/bakery", "sales", "secret");
        assertDatasource(config(Map.of("DATABASE_URL", "postgresql://db1:5432,db2:5432/bakery?targetServerType=primary")),
                "jdbc:postgresql://db1:5432,db2:5432/bakery?targetServerType=primary", "bakery_sales",
                "bakery_sales_dev");
    }

    @Test
    void theVariablesThatNameTheUserAndPasswordWinOverTheUrl() {
        assertDatasource(config(Map.of("DATABASE_URL", "postgresql://sales:secret@db:5432/bakery",
                "DATABASE_USER", "bakery_sales", "DATABASE_PASSWORD", "from-a-secret")),
                "jdbc:postgresql://db:5432/bakery", "bakery_sales", "from-a-secret");
        assertDatasource(config(Map.of("DATABASE_URL", "postgresql://sales@db:5432/bakery")),
                "jdbc:postgresql://db:5432/bakery", "sales", "bakery_sales_dev");
    }
}
