package com.bakery.gateway.ratelimit;

import com.bakery.gateway.audit.AuditHandler;
import com.bakery.gateway.request.ClientAddress;
import com.bakery.gateway.request.EdgeRoutes;
import com.bakery.gateway.routing.Caller;
import com.bakery.gateway.routing.Webhooks;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Limits what the routed services' limiter does not see.
 * <ul>
 * <li>Requests without credentials, per client address, before they are audited: a flood of anonymous requests
 * is refused with a 429 and counted ({@code gateway_anonymous_refused_total}), and writes no audit row. Sign-in
 * and service tokens have their own throttle ({@code CredentialThrottle}), webhooks their own bucket.</li>
 * <li>The gateway's own endpoints, per caller (the verified token's subject, else the client address), per group:
 * the assistant (each ask costs service and model calls), administration, audit verification, the API-key and
 * identity-provider exchanges, the suite's health. After the audit: a signed-in caller's refusal is recorded.</li>
 * </ul>
 */
@ApplicationScoped
public class EdgeLimits {

    private static final Set<String> THROTTLED_ELSEWHERE = Set.of("/auth/token", "/auth/password",
            "/auth/service-token");

    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final JWTParser parser;
    private final ObjectMapper json;
    private final Counter anonymousRefused;

    public EdgeLimits(RateLimiter limiter, ClientAddress clients, JWTParser parser, ObjectMapper json,
            MeterRegistry metrics) {
        this.limiter = limiter;
        this.clients = clients;
        this.parser = parser;
        this.json = json;
        this.anonymousRefused = Counter.builder("gateway.anonymous.refused")
                .description("requests without credentials refused by their address's limit (not audited)")
                .register(metrics);
    }

    /** Between the request id (-300) and the audit record (-296); the gateway's own endpoints after it. */
    void register(@Observes Router router) {
        router.route().order(-298).handler(this::anonymous);
        router.route().order(-294).handler(this::ownEndpoints);
    }

    /** The group of a gateway endpoint, if the path is one. */
    static Optional<String> group(String path, String query) {
        if (path.startsWith("/api/agent/")) {
            return Optional.of("agent");
        }
        if (path.startsWith("/api/admin/audit/verify") && query != null && query.contains("full=true")) {
            return Optional.of("verify");
        }
        if (path.startsWith("/api/admin/")) {
            return Optional.of("admin");
        }
        if (path.equals("/auth/api-key") || path.equals("/auth/exchange")) {
            return Optional.of("exchange");
        }
        if (path.equals("/healthz")) {
            return Optional.of("health");
        }
        return Optional.empty();
    }

    private void anonymous(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!limiter.enabled() || ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null || Webhooks.is(path)
                || THROTTLED_ELSEWHERE.contains(path) || !EdgeRoutes.audited(path)) {
            ctx.next();
            return;
        }
        take(ctx, "anon:ip:" + clients.ip(ctx), limiter.anonymousLimit(), decision -> {
            if (decision.allowed()) {
                ctx.next();
                return;
            }
            anonymousRefused.increment();
            Refusals.write(ctx, json, 429, "rate_limited", "Too Many Requests", "Too many requests without "
                    + "credentials from this address; retry after " + retry(decision) + " s.", retry(decision));
        });
    }

    private void ownEndpoints(RoutingContext ctx) {
        Optional<String> group = limiter.enabled() ? group(ctx.normalizedPath(), ctx.request().query())
                : Optional.empty();
        if (group.isEmpty()) {
            ctx.next();
            return;
        }
        String who = Caller.of(ctx, parser).map(c -> c.tenant() + ":" + c.subject())
                .orElseGet(() -> "ip:" + clients.ip(ctx));
        take(ctx, "own:" + group.get() + ":" + who, limiter.ownEndpointLimit(group.get()), decision -> {
            if (decision.allowed()) {
                ctx.next();
                return;
            }
            AuditHandler.deny(ctx, "rate limited (" + group.get() + ")");
            Refusals.write(ctx, json, 429, "rate_limited", "Too Many Requests", "Too many " + group.get()
                    + " requests; retry after " + retry(decision) + " s.", retry(decision));
        });
    }

    private void take(RoutingContext ctx, String bucket, RateLimiter.Limit limit,
            java.util.function.Consumer<Decision> then) {
        io.vertx.core.Context here = io.vertx.core.Vertx.currentContext();
        limiter.take(List.of(bucket), limit, 1).subscribe().with(
                decision -> Refusals.onRequestContext(here, () -> then.accept(decision)), ctx::fail);
    }

    private static long retry(Decision decision) {
        return Math.max(1, decision.retryAfterSeconds());
    }
}
