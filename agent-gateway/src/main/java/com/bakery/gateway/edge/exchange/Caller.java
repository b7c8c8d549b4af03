package com.bakery.gateway.edge.exchange;

import com.bakery.common.security.CurrentUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who a verified token speaks for: its tenant and subject. */
public record Caller(String tenant, String subject) {

    public static Caller of(JsonWebToken token) {
        return new Caller(token.getClaim(CurrentUser.TENANT_CLAIM), token.getSubject());
    }
}
