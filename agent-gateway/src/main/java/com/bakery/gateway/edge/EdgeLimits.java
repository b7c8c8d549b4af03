package com.bakery.gateway.edge;

import com.bakery.common.problem.Problem;
import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.ratelimit.Decision;
import com.bakery.gateway.ratelimit.RateLimitMetrics;
import com.bakery.gateway.ratelimit.RateLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
    private final Counter anonymousRefused;

    private final RateLimitMetrics refusals;

    public EdgeLimits(RateLimiter limiter, ClientAddress clients, JWTParser parser, MeterRegistry metrics,
            RateLimitMetrics refusals) {
        this.refusals = refusals;
        this.limiter = limiter;
        this.clients = clients;
        this.parser = parser;
        this.anonymousRefused = Counter.builder("gateway.anonymous.refused")
                .description("requests without credentials refused by their address's limit (not audited)")
                .register(metrics);
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

    void anonymous(Exchange exchange) {
        String path = exchange.path();
        if (!limiter.enabled() || exchange.context().request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || Webhooks.is(path) || THROTTLED_ELSEWHERE.contains(path) || !AuditStep.audited(path)) {
            exchange.context().next();
            return;
        }
        take(exchange, "anon:ip:" + clients.ip(exchange.context()), limiter.anonymousLimit(), decision -> {
            if (decision.allowed()) {
                exchange.context().next();
                return;
            }
            anonymousRefused.increment();
            refusals.refused("anonymous");
            // not audited: no denial to record
            exchange.answer(Problem.of(429, "rate_limited", "Too Many Requests", "Too many requests without "
                    + "credentials from this address; retry after " + retry(decision) + " s."),
                    "Retry-After", String.valueOf(retry(decision)));
        });
    }

    void ownEndpoints(Exchange exchange) {
        Optional<String> group = limiter.enabled()
                ? group(exchange.path(), exchange.context().request().query())
                : Optional.empty();
        if (group.isEmpty()) {
            exchange.context().next();
            return;
        }
        String who = exchange.caller(parser).map(c -> c.tenant() + ":" + c.subject())
                .orElseGet(() -> "ip:" + clients.ip(exchange.context()));
        take(exchange, "own:" + group.get() + ":" + who, limiter.ownEndpointLimit(group.get()), decision -> {
            if (decision.allowed()) {
                exchange.context().next();
                return;
            }
            refusals.refused(group.get());
            exchange.refuse("rate limited (" + group.get() + ")", Problem.of(429, "rate_limited", "Too Many Requests",
                    "Too many " + group.get() + " requests; retry after " + retry(decision) + " s."),
                    "Retry-After", String.valueOf(retry(decision)));
        });
    }

    private void take(Exchange exchange, String bucket, RateLimiter.Limit limit, Consumer<Decision> then) {
        onRequestContext(exchange, limiter.take(List.of(bucket), limit, 1), then);
    }

    /** Goes on with the limiter's decision where the request lives: Redis answers on its own event loop. */
    static void onRequestContext(Exchange exchange, Uni<Decision> decided, Consumer<Decision> then) {
        Context here = Vertx.currentContext();
        decided.subscribe().with(decision -> {
            if (here == null || Vertx.currentContext() == here) {
                then.accept(decision);
            } else {
                here.runOnContext(v -> then.accept(decision));
            }
        }, exchange.context()::fail);
    }

    private static long retry(Decision decision) {
        return Math.max(1, decision.retryAfterSeconds());
    }
}
