package com.bakery.gateway.request;

import com.bakery.common.problem.Problem;
import com.bakery.gateway.audit.AuditHandler;
import com.bakery.gateway.config.GatewayConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * What every request meets first: a request id, the audit record, HTTPS enforcement (behind a trusted proxy,
 * its X-Forwarded-Proto), and CORS for the origins in {@code ALLOWED_ORIGINS} only.
 */
@ApplicationScoped
public class EdgeRoutes {

    private static final Set<String> AUDITED = Set.of("/api/", "/auth/", "/healthz", "/.well-known/");

    private final GatewayConfig config;
    private final ClientAddress clients;
    private final AuditHandler audit;
    private final ObjectMapper json;
    private final List<String> origins;

    public EdgeRoutes(GatewayConfig config, ClientAddress clients, AuditHandler audit, ObjectMapper json) {
        this.config = config;
        this.clients = clients;
        this.audit = audit;
        this.json = json;
        this.origins = config.allowedOrigins().orElse(List.of());
    }

    void register(@Observes Router router) {
        router.route().order(-300).handler(this::identify);
        // the anonymous limit (EdgeLimits, -298) refuses a flood before it becomes audit rows
        router.route().order(-296).handler(this::audit);
        router.route().order(-290).handler(this::secureAndCors);
    }

    private void identify(RoutingContext ctx) {
        RequestIds.assign(ctx);
        ctx.next();
    }

    /** The paths whose requests are audit records (the console's static files are not). */
    public static boolean audited(String path) {
        return AUDITED.stream().anyMatch(path::startsWith);
    }

    private void audit(RoutingContext ctx) {
        if (audited(ctx.normalizedPath())) {
            audit.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private void secureAndCors(RoutingContext ctx) {
        if (config.enforceHttps() && !clients.secure(ctx)) {
            HttpMethod method = ctx.request().method();
            if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
                ctx.response().setStatusCode(301).putHeader(HttpHeaders.LOCATION,
                        "https://" + ctx.request().authority() + ctx.request().uri()).end();
            } else {
                AuditHandler.deny(ctx, "plain HTTP refused");
                problem(ctx, 403, "https_required", "Forbidden", "This gateway accepts only HTTPS.");
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

    private void problem(RoutingContext ctx, int status, String code, String title, String detail) {
        try {
            ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(Problem.of(status, code, title, detail)
                            .withInstance(ctx.normalizedPath())));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
