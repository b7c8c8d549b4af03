package com.bakery.gateway.identity.session;

import com.bakery.gateway.identity.till.Till;
import java.time.Instant;
import java.util.UUID;

/**
 * A session as a sign-in or a refresh leaves it: its id (the access token's {@code sid}), the user it is for, the
 * till it was opened on (or null), the refresh token to present next (shown once, stored only hashed) and when the
 * session ends.
 */
public record OpenSession(UUID id, long userId, Till till, String refreshToken, Instant expiresAt) {

    /** Whole seconds left, rounded up: a session of 30 minutes opened a moment ago has 1,800 left, not 1,799. */
    public long secondsLeft(Instant now) {
        long millis = expiresAt.toEpochMilli() - now.toEpochMilli();
        return Math.max(0, (millis + 999) / 1000);
    }
}
