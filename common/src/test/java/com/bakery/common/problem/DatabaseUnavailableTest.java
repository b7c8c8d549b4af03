package com.bakery.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aServerShuttingDownOrALostConnectionAnywhereInTheCausesIsUnavailability() {
        assertTrue(DatabaseUnavailable.causes(new IllegalStateException("could not execute statement",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))));
        assertTrue(DatabaseUnavailable.causes(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.causes(new SQLTransientConnectionException("pool exhausted")));
    }

    @Test
    void aCommitTheServerCutIsUnavailabilityThoughItsErrorIsOnlySuppressed() {
        // as Narayana reports it: RollbackException, the driver's error under a suppressed XAException
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(rollback)));

        Exception buggy = new Exception("could not commit");
        buggy.addSuppressed(new SQLException("duplicate key", "23505"));
        assertFalse(DatabaseUnavailable.causes(buggy));
    }

    @Test
    void aBugOrABadStatementIsNot() {
        assertFalse(DatabaseUnavailable.causes(new NullPointerException()));
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseUnavailable.causes(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.causes(new SQLException("no state")));
    }
}
