package com.bakery.gateway.ratelimit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the rate limits do, for the operator: requests refused by route group ({@code bakery_rate_limit_refusals_total};
 * the groups are the services routed to and the gateway's own endpoint groups, a closed set), and whether this
 * replica limits without Redis right now ({@code bakery_rate_limiter_degraded}).
 */
@ApplicationScoped
@Startup
public class RateLimitMetrics {

    private final MeterRegistry metrics;

    public RateLimitMetrics(RateLimiter limiter, MeterRegistry metrics) {
        this.metrics = metrics;
        Gauge.builder("bakery.rate.limiter.degraded", limiter, l -> l.redisUp() ? 0 : 1)
                .description("1 while Redis cannot be reached and this replica applies the failure policy alone")
                .register(metrics);
    }

    public void refused(String routeGroup) {
        metrics.counter("bakery.rate.limit.refusals", "route_group", routeGroup).increment();
    }
}
