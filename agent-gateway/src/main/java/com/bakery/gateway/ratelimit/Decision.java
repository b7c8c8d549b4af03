package com.bakery.gateway.ratelimit;

/**
 * A limiter's answer for one request: whether it passes, and what the {@code RateLimit-*} headers say.
 * {@code source}: "redis", "memory" (the fallback while Redis is unreachable) or "unavailable" (fail-closed).
 */
public record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds,
        String source) {

    public static Decision unavailable() {
        return new Decision(false, 0, 0, 0, 1, "unavailable");
    }
}
