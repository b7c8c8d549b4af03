package com.bakery.gateway.edge;

import com.bakery.common.request.AuditDetail;
import com.bakery.gateway.audit.AuditRecord;
import com.bakery.gateway.audit.AuditTrail;
import com.bakery.gateway.edge.exchange.Caller;
import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.edge.exchange.Exchange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Makes every request to the API, sign-in, health and keys an audit record once its answer is sent: who (tenant,
 * subject, client address), what (method, path), the outcome (status, latency) and, for a refusal, why. Recording
 * only enqueues. Refusals of callers without a valid token are folded per address and reason (see
 * {@link RepeatedRefusals}). The console's static files are not recorded.
 */
@ApplicationScoped
public class AuditStep {

    private static final Set<String> AUDITED = Set.of("/api/", "/auth/", "/healthz", "/.well-known/");

    private final AuditTrail trail;
    private final ClientAddress clients;
    private final JWTParser parser;
    private final RepeatedRefusals refusals = new RepeatedRefusals(60_000, 10_000);
    private final Counter folded;

    public AuditStep(AuditTrail trail, ClientAddress clients, JWTParser parser, MeterRegistry metrics) {
        this.trail = trail;
        this.clients = clients;
        this.parser = parser;
        this.folded = Counter.builder("audit.refusals.folded")
                .description("refusals of callers without a valid token folded into the window's first record")
                .register(metrics);
    }

    /** The paths whose requests are audit records. */
    static boolean audited(String path) {
        return AUDITED.stream().anyMatch(path::startsWith);
    }

    void handle(Exchange exchange) {
        RoutingContext ctx = exchange.context();
        if (!audited(exchange.path())) {
            ctx.next();
            return;
        }
        long at = System.currentTimeMillis();
        long start = System.nanoTime();
        String ip = clients.ip(ctx);
        // a routed service's word for this record (AuditDetail), taken out before the client's headers go
        ctx.addHeadersEndHandler(headers -> {
            String detail = ctx.response().headers().get(AuditDetail.HEADER);
            if (detail != null) {
                ctx.response().headers().remove(AuditDetail.HEADER);
                if (exchange.path().startsWith("/api/") && exchange.detail() == null) {
                    exchange.detail(detail);
                }
            }
        });
        ctx.addEndHandler(done -> {
            int status = ctx.response().getStatusCode();
            Caller caller = exchange.caller(parser).orElse(null);
            String denial = exchange.denial();
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
            trail.record(new AuditRecord(at, exchange.requestId(), caller == null ? null : caller.tenant(),
                    caller == null ? null : caller.subject(), ctx.request().method().name(),
                    Webhooks.redacted(exchange.path()), status, (System.nanoTime() - start) / 1_000_000, ip, denial,
                    exchange.detail()));
        });
        ctx.next();
    }
}
