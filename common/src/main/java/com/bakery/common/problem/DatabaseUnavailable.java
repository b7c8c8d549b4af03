package com.bakery.common.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that cannot be reached (restarting, failing over, every pooled connection cut) from a bug:
 * SQLState class 08 (connection exception) or 57P01–57P03 (the server shutting down or not yet accepting
 * connections), anywhere in the exception's causes or the exceptions they suppressed.
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
        return find(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Causes and suppressed exceptions both: a commit the server cut arrives as JTA's RollbackException with the
     * driver's error under a suppressed XAException.
     */
    private static SQLException find(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return null;
        }
        if (t instanceof SQLException sql && unavailable(sql)) {
            return sql;
        }
        SQLException found = find(t.getCause(), seen);
        Throwable[] suppressed = t.getSuppressed();
        for (int i = 0; found == null && i < suppressed.length; i++) {
            found = find(suppressed[i], seen);
        }
        return found;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03"));
    }
}
