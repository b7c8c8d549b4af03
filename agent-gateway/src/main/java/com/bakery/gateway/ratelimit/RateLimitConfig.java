package com.bakery.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Token buckets in Redis: one per (tenant, user or API key, route group) and one per (tenant, route group).
 * A user's limit is, by precedence, its tenant's override, its route group's, or the default.
 */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** The default per-user limit ({@code RATE_LIMIT} per minute, bucket of {@code RATE_LIMIT_BURST}). */
    Limit perUser();

    /** The limit of a whole tenant, all its users together. */
    Limit perTenant();

    /** Failed logins allowed per user name, and per client address, before logins are refused a while. */
    Limit loginFailuresPerUser();

    Limit loginFailuresPerIp();

    /** Providers' webhook deliveries per client address: generous, and apart from other anonymous traffic. */
    Limit webhooks();

    /** Requests without credentials per client address, refused before they are audited. */
    Limit anonymous();

    /** Per caller, the gateway's own endpoints by group: agent, admin, verify, exchange, health. */
    Map<String, Limit> ownEndpoints();

    /** Per-user limits of route groups ({@code inventory}, {@code sales}, ..., {@code auth}). */
    Map<String, Limit> routes();

    /** Per-user limits of given tenants (seed 001's per-tenant limits). */
    Map<String, Limit> tenants();

    /** What holds while Redis cannot be reached: OPEN (a per-replica limiter in memory) or CLOSED (503). */
    @WithDefault("open")
    FailurePolicy failurePolicy();

    /** How long a request waits for Redis before the failure policy applies. */
    @WithDefault("500ms")
    Duration redisTimeout();

    interface Limit {
        int perMinute();

        int burst();
    }

    enum FailurePolicy { OPEN, CLOSED }
}
