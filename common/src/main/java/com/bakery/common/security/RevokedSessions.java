package com.bakery.common.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sign-in sessions ended before their access tokens expire (signed out, a reused refresh token, a user disabled,
 * a till revoked): a token naming one in its {@value #CLAIM} claim is refused by {@link VerifiedTokens}, in the
 * gateway and in every service. Filled from Redis by common-data's {@code SessionRevocations}; an entry is kept
 * until the last access token of its session has expired, so the list stays as small as a bakery's day of sign-outs.
 *
 * <p>One list per process, held statically: smallrye-jwt makes some token factories itself, outside CDI, and they
 * must see the same list.
 */
public final class RevokedSessions {

    /** The access token's claim naming its sign-in session. */
    public static final String CLAIM = "sid";

    private static final Map<String, Long> UNTIL = new ConcurrentHashMap<>();

    private RevokedSessions() {
    }

    /** Refuses the session's tokens until {@code untilEpochSecond} (when its last access token expires). */
    public static void revoke(String session, long untilEpochSecond) {
        UNTIL.merge(session, untilEpochSecond, Math::max);
    }

    public static boolean isRevoked(String session) {
        if (session == null) {
            return false;
        }
        Long until = UNTIL.get(session);
        return until != null && System.currentTimeMillis() / 1000 < until;
    }

    /** Forgets the sessions whose tokens have all expired. */
    public static void prune() {
        long now = System.currentTimeMillis() / 1000;
        UNTIL.values().removeIf(until -> until <= now);
    }

    public static int size() {
        return UNTIL.size();
    }
}
