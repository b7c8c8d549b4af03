package com.bakery.gateway.edge;

import com.bakery.common.problem.Problem;
import com.bakery.gateway.edge.exchange.Caller;
import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.identity.idp.ExternalIdentity;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Refuses a routed request unless it carries a valid gateway token (signature, issuer, audience, expiry, tenant).
 * Webhook paths of outside providers are the one exception: they carry no JWT and are verified by their service.
 * A token verified once is not verified again until it expires: the parser's cache (common's VerifiedTokens) holds
 * it, the one token cache of the gateway and every service.
 */
@ApplicationScoped
public class TokenCheck {

    private final JWTParser parser;
    private final ExternalIdentity external;

    public TokenCheck(JWTParser parser, ExternalIdentity external) {
        this.parser = parser;
        this.external = external;
    }

    void handle(Exchange exchange) {
        if (Webhooks.is(exchange.path())) {
            exchange.context().next();
            return;
        }
        Optional<String> bearer = exchange.bearerToken();
        if (bearer.isEmpty()) {
            refuse(exchange, "A bearer token is required.");
            return;
        }
        try {
            String raw = bearer.get();
            if (external.issued(raw)) {
                // an outside provider's token: verified there, exchanged here, and the services get ours
                var exchanged = external.exchange(raw);
                if (exchanged.isEmpty()) {
                    refuse(exchange, "The identity provider's token carries no tenant or no known role.");
                    return;
                }
                raw = exchanged.get().token();
                exchange.context().request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
            }
            Caller caller = Caller.of(parser.parse(raw));
            if (caller.tenant() == null || caller.tenant().isBlank()) {
                refuse(exchange, "The bearer token carries no tenant.");
                return;
            }
            exchange.verified(caller);
            exchange.context().next();
        } catch (ParseException e) {
            refuse(exchange, "The bearer token is invalid or expired.");
        }
    }

    private static void refuse(Exchange exchange, String detail) {
        exchange.refuse(detail, Problem.of(401, "unauthenticated", "Authentication required", detail),
                "WWW-Authenticate", "Bearer");
    }
}
