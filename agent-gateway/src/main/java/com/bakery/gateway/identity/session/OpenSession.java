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

    public long secondsLeft(Instant now) {
        return Math.max(0, expiresAt.getEpochSecond() - now.getEpochSecond());
    }
}
