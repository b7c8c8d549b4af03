package com.bakery.common.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (restarting, failing over, every pooled connection cut) from a bug:
 * SQLState class 08 (connection exception) or 57P01–57P03 (the server shutting down or not yet accepting
 * connections), anywhere in the exception's causes.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable e) {
        return find(e) != null;
    }

    public static String reason(Throwable e) {
        SQLException sql = find(e);
        return sql == null ? String.valueOf(e) : sql.getSQLState() + " " + sql.getMessage();
    }

    private static SQLException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && unavailable(sql)) {
                return sql;
            }
        }
        return null;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03"));
    }
}
