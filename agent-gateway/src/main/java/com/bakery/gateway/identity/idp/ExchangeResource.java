package com.bakery.gateway.identity.idp;

import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.identity.token.TokenResource;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /auth/exchange} with the outside provider's token as bearer: a gateway token out. */
@Path("/auth/exchange")
@PermitAll
public class ExchangeResource {

    private final ExternalIdentity external;

    public ExchangeResource(ExternalIdentity external) {
        this.external = external;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public TokenResource.TokenResponse exchange(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String raw = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : "";
        try {
            if (external.issued(raw)) {
                var issued = external.exchange(raw);
                if (issued.isPresent()) {
                    return new TokenResource.TokenResponse(issued.get().token(), "Bearer", issued.get().expiresIn());
                }
            }
        } catch (ParseException e) {
            // refused below
        }
        throw new ProblemException(401, "invalid_external_token", "Authentication failed",
                "Not a valid token of the configured identity provider, or it carries no tenant or known role.");
    }
}
