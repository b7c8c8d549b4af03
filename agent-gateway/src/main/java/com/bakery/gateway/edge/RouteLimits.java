package com.bakery.gateway.edge;

import com.bakery.common.problem.Problem;
import com.bakery.gateway.edge.exchange.Caller;
import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.ratelimit.Decision;
import com.bakery.gateway.ratelimit.RateLimitMetrics;
import com.bakery.gateway.ratelimit.RateLimiter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Limits routed requests per caller (the token's subject) and per tenant, per route group (the service). Every
 * answer carries {@code RateLimit-*}; a refusal is 429 with {@code Retry-After}; with Redis down and the
 * fail-closed policy, 503. Providers' webhooks have a bucket per client address of their own, never shared with
 * other anonymous traffic, and their refusal is a 400 "deliver again" (see {@link Webhooks}).
 */
@ApplicationScoped
public class RouteLimits {

    private final RateLimiter limiter;
    private final ClientAddress clients;

    private final RateLimitMetrics refusals;

    public RouteLimits(RateLimiter limiter, ClientAddress clients, RateLimitMetrics refusals) {
        this.refusals = refusals;
        this.limiter = limiter;
        this.clients = clients;
    }

    void handle(Exchange exchange) {
        if (!limiter.enabled()) {
            exchange.context().next();
            return;
        }
        // after the token check: a routed request has a verified caller unless it is a webhook
        Caller verified = exchange.verifiedCaller().orElse(null);
        boolean webhook = verified == null && Webhooks.is(exchange.path());
        String tenant = verified == null ? "-" : verified.tenant();
        String caller = verified == null ? "ip:" + clients.ip(exchange.context()) : verified.subject();
        Uni<Decision> decided = webhook
                ? limiter.take(List.of("webhook:" + caller), limiter.webhookLimit(), 1)
                : limiter.take(tenant, caller, group(exchange.path()));
        EdgeLimits.onRequestContext(exchange, decided, decision -> apply(exchange, decision, webhook));
    }

    private void apply(Exchange exchange, Decision decision, boolean webhook) {
        long retryAfter = Math.max(1, decision.retryAfterSeconds());
        if (webhook && !decision.allowed()) {
            refusals.refused("webhook");
            exchange.refuse("webhook deferred (rate limited)", Problem.of(400, Webhooks.DEFERRED, "Bad Request",
                    "Too many deliveries from this address; deliver again later."), "Retry-After",
                    String.valueOf(retryAfter));
            return;
        }
        if (decision.source() == Decision.Source.UNAVAILABLE) {
            exchange.refuse("rate limiter unavailable (fail-closed)", Problem.of(503, "rate_limiter_unavailable",
                    "Service Unavailable", "Rate limits cannot be checked right now; try again shortly."),
                    "Retry-After", "1");
            return;
        }
        HttpServerResponse response = exchange.context().response();
        response.putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(Math.max(0, decision.remaining())))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        if (decision.allowed()) {
            exchange.context().next();
            return;
        }
        refusals.refused(group(exchange.path()));
        exchange.refuse("rate limited", Problem.of(429, "rate_limited", "Too Many Requests",
                "Too many requests; retry after " + retryAfter + " s."), "Retry-After", String.valueOf(retryAfter));
    }

    /** {@code /api/<group>/...}: the service a request goes to. */
    static String group(String path) {
        String rest = path.startsWith("/api/") ? path.substring(5) : path;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
