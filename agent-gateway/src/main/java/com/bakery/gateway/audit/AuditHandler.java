package com.bakery.gateway.audit;

import com.bakery.gateway.request.ClientAddress;
import com.bakery.gateway.request.RequestIds;
import com.bakery.gateway.routing.Caller;
import com.bakery.gateway.routing.Webhooks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes every request through the gateway an audit record once its answer is sent: who (tenant, subject, client
 * address), what (method, path), the outcome (status, latency) and, for a refusal, why. Recording only enqueues.
 * Refusals of callers without a valid token are folded per address and reason (see {@link RepeatedRefusals}).
 */
@ApplicationScoped
public class AuditHandler implements Handler<RoutingContext> {

    private static final String DENIAL = "bakery.denial";
    private static final String DETAIL = "bakery.audit-detail";

    private final AuditTrail trail;
    private final ClientAddress clients;
    private final JWTParser parser;
    private final RepeatedRefusals refusals = new RepeatedRefusals(60_000, 10_000);
    private final Counter folded;

    public AuditHandler(AuditTrail trail, ClientAddress clients, JWTParser parser, MeterRegistry metrics) {
        this.trail = trail;
        this.clients = clients;
        this.parser = parser;
        this.folded = Counter.builder("audit.refusals.folded")
                .description("refusals of callers without a valid token folded into the window's first record")
                .register(metrics);
    }

    /** Says why the gateway refused a request, for its audit record. */
    public static void deny(RoutingContext ctx, String reason) {
        ctx.put(DENIAL, reason);
    }

    /** What was done on the request's behalf (JSON), for its audit record. */
    public static void detail(RoutingContext ctx, String detail) {
        ctx.put(DETAIL, detail);
    }

    @Override
    public void handle(RoutingContext ctx) {
        long at = System.currentTimeMillis();
        long start = System.nanoTime();
        String ip = clients.ip(ctx);
        ctx.addEndHandler(done -> {
            int status = ctx.response().getStatusCode();
            Caller caller = Caller.of(ctx, parser).orElse(null);
            String denial = ctx.get(DENIAL);
            if (denial == null && (status == 401 || status == 403 || status == 429)) {
                denial = "HTTP " + status;
            }
            if (caller == null && denial != null) {
                RepeatedRefusals.Verdict verdict = refusals.admit(ip, denial, at);
                if (!verdict.record()) {
                    folded.increment();
                    return;
                }
                if (verdict.foldedBefore() > 0) {
                    denial = denial + " (and " + verdict.foldedBefore() + " more like it from this address in the"
                            + " minute before)";
                }
            }
            trail.record(new AuditRecord(at, RequestIds.of(ctx), caller == null ? null : caller.tenant(),
                    caller == null ? null : caller.subject(),
                    ctx.request().method().name(), Webhooks.redacted(ctx.normalizedPath()), status,
                    (System.nanoTime() - start) / 1_000_000, ip, denial, ctx.get(DETAIL)));
        });
        ctx.next();
    }
}
