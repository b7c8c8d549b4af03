package com.bakery.gateway.routing;

import com.bakery.common.security.CurrentUser;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a verified token speaks for, read from its claims once when it is verified: reading a custom claim from a
 * {@link JsonWebToken} costs an exception inside SmallRye JWT, too dear to pay on every proxied request.
 */
public record Caller(String tenant, String subject, long expiresAt) {

    public static Caller of(JsonWebToken token) {
        return new Caller(token.getClaim(CurrentUser.TENANT_CLAIM), token.getSubject(), token.getExpirationTime());
    }

    /**
     * The caller of a request: the one the routing check verified, else the request's own bearer token if it
     * verifies (the gateway's endpoints; verification is cached below the parser). Kept on the request, so the
     * handlers after this one read it again for free.
     */
    public static Optional<Caller> of(RoutingContext ctx, JWTParser parser) {
        Caller verified = ctx.get(BearerTokenCheck.CALLER);
        if (verified != null) {
            return Optional.of(verified);
        }
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            Caller caller = of(parser.parse(header.substring(7).trim()));
            ctx.put(BearerTokenCheck.CALLER, caller);
            return Optional.of(caller);
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean expired(long nowSeconds) {
        return expiresAt <= nowSeconds;
    }
}
