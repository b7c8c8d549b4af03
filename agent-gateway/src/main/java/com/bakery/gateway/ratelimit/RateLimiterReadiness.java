package com.bakery.gateway.ratelimit;

import com.bakery.gateway.ratelimit.RateLimitConfig.FailurePolicy;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness tells how rate limits are kept: in Redis, or (fail-open) in this replica's memory while Redis is
 * away; with the fail-closed policy and no Redis, the gateway is not ready.
 */
@Readiness
@ApplicationScoped
public class RateLimiterReadiness implements AsyncHealthCheck {

    private final RateLimiter limiter;

    public RateLimiterReadiness(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return limiter.ping().map(redisUp -> HealthCheckResponse.named("rate-limiter")
                .status(redisUp || limiter.policy() == FailurePolicy.OPEN)
                .withData("redis", redisUp ? "up" : "unreachable")
                .withData("limits", !limiter.enabled() ? "off" : redisUp ? "redis (shared by replicas)"
                        : limiter.policy() == FailurePolicy.OPEN ? "in-memory fallback (per replica)" : "refusing")
                .withData("policy", limiter.policy().name().toLowerCase())
                .build());
    }
}
