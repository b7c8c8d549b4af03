package com.bakery.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RevokedSessionsTest {

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    @Test
    void aSessionIsRefusedUntilItsLastTokenExpiresThenForgotten() {
        RevokedSessions.revoke("ends-later", now() + 60);
        RevokedSessions.revoke("ended-before", now() - 1);
        assertTrue(RevokedSessions.isRevoked("ends-later"));
        assertFalse(RevokedSessions.isRevoked("ended-before"), "its tokens have all expired by now");
        assertFalse(RevokedSessions.isRevoked("never-revoked"));
        assertFalse(RevokedSessions.isRevoked(null), "a token without a session (a service's) is not refused");

        RevokedSessions.prune();
        assertTrue(RevokedSessions.isRevoked("ends-later"));
        RevokedSessions.revoke("ends-later", now() - 5);
        assertTrue(RevokedSessions.isRevoked("ends-later"), "a later reading never shortens a revocation");
    }
}
