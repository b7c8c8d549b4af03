package com.bakery.gateway.routing;

import com.bakery.common.security.CurrentUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a verified token speaks for, read from its claims once when it is verified: reading a custom claim from a
 * {@link JsonWebToken} costs an exception inside SmallRye JWT, too dear to pay on every proxied request.
 */
public record Caller(String tenant, String subject, long expiresAt) {

    public static Caller of(JsonWebToken token) {
        return new Caller(token.getClaim(CurrentUser.TENANT_CLAIM), token.getSubject(), token.getExpirationTime());
    }

    boolean expired(long nowSeconds) {
        return expiresAt <= nowSeconds;
    }
}
