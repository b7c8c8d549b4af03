package com.bakery.gateway.routing;

import com.bakery.common.problem.Problem;
import com.bakery.gateway.audit.AuditHandler;
import com.bakery.gateway.idp.ExternalIdentity;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a routed request unless it carries a valid gateway token (signature, issuer, audience, expiry, tenant).
 * Webhook paths of outside providers are the one exception: they carry no JWT and are verified by their service.
 */
@ApplicationScoped
public class BearerTokenCheck implements Handler<RoutingContext> {

    /** Where the verified caller is kept for the handlers after this one (rate limits, audit). */
    public static final String CALLER = "bakery.caller";

    private static final int CACHE_SIZE = 10_000;

    private final JWTParser parser;
    private final ObjectMapper json;
    private final java.util.Map<String, Caller> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private final ExternalIdentity external;

    public BearerTokenCheck(JWTParser parser, ObjectMapper json, ExternalIdentity external) {
        this.parser = parser;
        this.json = json;
        this.external = external;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (Webhooks.is(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(ctx, "A bearer token is required.");
            return;
        }
        try {
            String raw = header.substring(7).trim();
            if (external.issued(raw)) {
                // an outside provider's token: verified there, exchanged here, and the services get ours
                var exchanged = external.exchange(raw);
                if (exchanged.isEmpty()) {
                    refuse(ctx, "The identity provider's token carries no tenant or no known role.");
                    return;
                }
                raw = exchanged.get().token();
                ctx.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
            }
            Caller caller = verified(raw);
            if (caller.tenant() == null || caller.tenant().isBlank()) {
                refuse(ctx, "The bearer token carries no tenant.");
                return;
            }
            ctx.put(CALLER, caller);
            ctx.next();
        } catch (ParseException e) {
            refuse(ctx, "The bearer token is invalid or expired.");
        }
    }

    /**
     * The caller of a token already verified is reused until the token expires: the signature check itself is
     * cached below the parser (common's VerifiedTokens), and reading the tenant claim again on every proxied request
     * would still cost (see {@link Caller}). Only verified tokens enter it, keyed by the whole token.
     */
    private Caller verified(String raw) throws ParseException {
        Caller cached = cache.get(raw);
        if (cached != null && !cached.expired(System.currentTimeMillis() / 1000)) {
            return cached;
        }
        Caller caller = Caller.of(parser.parse(raw));
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(raw, caller);
        return caller;
    }

    private void refuse(RoutingContext ctx, String detail) {
        AuditHandler.deny(ctx, detail);
        Problem problem = Problem.of(401, "unauthenticated", "Authentication required", detail)
                .withInstance(ctx.normalizedPath());
        try {
            ctx.response().setStatusCode(401)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("WWW-Authenticate", "Bearer")
                    .end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
