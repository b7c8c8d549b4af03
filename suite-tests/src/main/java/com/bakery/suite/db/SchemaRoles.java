package com.bakery.suite.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Connections to the suite's database as one service's own role ({@code bakery_<schema>}), the way that service
 * connects: {@code DATABASE_URL} (by default the local {@code bakery} database) and
 * {@code <SCHEMA>_DATABASE_PASSWORD} (by default the role's development password). Checks read each schema with
 * its owner's role, so they see what the service sees and need no superuser.
 */
public final class SchemaRoles {

    private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/bakery";

    private SchemaRoles() {
    }

    /** The database the suite runs on. */
    public static String url() {
        return setting("DATABASE_URL", LOCAL);
    }

    /** A connection to {@link #url()} as the role of {@code schema}'s service. */
    public static Connection connect(String schema) throws SQLException {
        return connect(url(), schema);
    }

    /** A connection to {@code url} as the role of {@code schema}'s service. */
    public static Connection connect(String url, String schema) throws SQLException {
        return connect(url, schema, password(schema));
    }

    /** A connection to {@code url} as the role of {@code schema}'s service, with that role's password. */
    public static Connection connect(String url, String schema, String password) throws SQLException {
        return DriverManager.getConnection(url, "bakery_" + schema, password);
    }

    /** The password of {@code schema}'s role: {@code <SCHEMA>_DATABASE_PASSWORD}, or the development one. */
    public static String password(String schema) {
        return setting(schema.toUpperCase() + "_DATABASE_PASSWORD", "bakery_" + schema + "_dev");
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
