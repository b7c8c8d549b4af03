package com.bakery.gateway.ratelimit;

/** A limiter's answer for one request: whether it passes, and what the {@code RateLimit-*} headers say. */
public record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds,
        Source source) {

    /** Who decided. */
    public enum Source {
        REDIS,
        /** The in-memory fallback while Redis is unreachable (fail-open). */
        MEMORY,
        /** Nobody could: Redis is unreachable and the policy is fail-closed. */
        UNAVAILABLE
    }

    public static Decision unavailable() {
        return new Decision(false, 0, 0, 0, 1, Source.UNAVAILABLE);
    }
}
