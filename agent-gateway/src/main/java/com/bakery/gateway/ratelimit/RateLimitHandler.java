package com.bakery.gateway.ratelimit;

import com.bakery.gateway.audit.AuditHandler;
import com.bakery.gateway.request.ClientAddress;
import com.bakery.gateway.routing.BearerTokenCheck;
import com.bakery.gateway.routing.Caller;
import com.bakery.gateway.routing.Webhooks;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Limits routed requests per caller (the token's subject) and per tenant, per route group (the service). Every
 * answer carries {@code RateLimit-*}; a refusal is 429 with {@code Retry-After}; with Redis down and the
 * fail-closed policy, 503. Providers' webhooks have a bucket per client address of their own, never shared with
 * other anonymous traffic, and their refusal is a 400 "deliver again" (see {@link Webhooks}).
 */
@ApplicationScoped
public class RateLimitHandler implements Handler<RoutingContext> {

    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final ObjectMapper json;

    public RateLimitHandler(RateLimiter limiter, ClientAddress clients, ObjectMapper json) {
        this.limiter = limiter;
        this.clients = clients;
        this.json = json;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!limiter.enabled()) {
            ctx.next();
            return;
        }
        Caller verified = ctx.get(BearerTokenCheck.CALLER);
        boolean webhook = verified == null && Webhooks.is(ctx.normalizedPath());
        String tenant = verified == null ? "-" : verified.tenant();
        String caller = verified == null ? "ip:" + clients.ip(ctx) : verified.subject();
        Uni<Decision> decided = webhook
                ? limiter.take(List.of("webhook:" + caller), limiter.webhookLimit(), 1)
                : limiter.take(tenant, caller, group(ctx.normalizedPath()));
        // Redis answers on its own event loop: go on where the request lives, so the proxy writes from there
        io.vertx.core.Context here = io.vertx.core.Vertx.currentContext();
        decided.subscribe().with(decision -> Refusals.onRequestContext(here, () -> apply(ctx, decision, webhook)),
                ctx::fail);
    }

    private void apply(RoutingContext ctx, Decision decision, boolean webhook) {
        HttpServerResponse response = ctx.response();
        if (webhook && !decision.allowed()) {
            AuditHandler.deny(ctx, "webhook deferred (rate limited)");
            refuse(ctx, 400, Webhooks.DEFERRED, "Bad Request", "Too many deliveries from this address; deliver again"
                    + " later.", Math.max(1, decision.retryAfterSeconds()));
            return;
        }
        if ("unavailable".equals(decision.source())) {
            AuditHandler.deny(ctx, "rate limiter unavailable (fail-closed)");
            refuse(ctx, 503, "rate_limiter_unavailable", "Service Unavailable",
                    "Rate limits cannot be checked right now; try again shortly.", 1);
            return;
        }
        response.putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(Math.max(0, decision.remaining())))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        AuditHandler.deny(ctx, "rate limited");
        refuse(ctx, 429, "rate_limited", "Too Many Requests", "Too many requests; retry after "
                + Math.max(1, decision.retryAfterSeconds()) + " s.", Math.max(1, decision.retryAfterSeconds()));
    }

    private void refuse(RoutingContext ctx, int status, String code, String title, String detail, long retryAfter) {
        Refusals.write(ctx, json, status, code, title, detail, retryAfter);
    }

    /** {@code /api/<group>/...}: the service a request goes to. */
    static String group(String path) {
        String rest = path.startsWith("/api/") ? path.substring(5) : path;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
