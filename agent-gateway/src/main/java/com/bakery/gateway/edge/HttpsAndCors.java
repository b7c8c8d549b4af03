package com.bakery.gateway.edge;

import com.bakery.common.problem.Problem;
import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.edge.exchange.Exchange;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * HTTPS enforcement (behind a trusted proxy, its X-Forwarded-Proto), and CORS for the origins in
 * {@code ALLOWED_ORIGINS} only.
 */
@ApplicationScoped
public class HttpsAndCors {

    private final boolean enforceHttps;
    private final ClientAddress clients;
    private final List<String> origins;

    public HttpsAndCors(EdgeConfig config, ClientAddress clients) {
        this.enforceHttps = config.enforceHttps();
        this.clients = clients;
        this.origins = config.allowedOrigins().orElse(List.of());
    }

    void handle(Exchange exchange) {
        RoutingContext ctx = exchange.context();
        if (enforceHttps && !clients.secure(ctx)) {
            HttpMethod method = ctx.request().method();
            if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
                ctx.response().setStatusCode(301).putHeader(HttpHeaders.LOCATION,
                        "https://" + ctx.request().authority() + ctx.request().uri()).end();
            } else {
                exchange.refuse("plain HTTP refused",
                        Problem.of(403, "https_required", "Forbidden", "This gateway accepts only HTTPS."));
            }
            return;
        }
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin != null && origins.contains(origin)) {
            ctx.response().putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin")
                    .putHeader("Access-Control-Expose-Headers",
                            "X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Location");
            if (ctx.request().method() == HttpMethod.OPTIONS
                    && ctx.request().getHeader("Access-Control-Request-Method") != null) {
                ctx.response().setStatusCode(204)
                        .putHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS")
                        .putHeader("Access-Control-Allow-Headers",
                                "Authorization, Content-Type, Idempotency-Key, X-Request-Id")
                        .putHeader("Access-Control-Max-Age", "600").end();
                return;
            }
        }
        ctx.next();
    }
}
