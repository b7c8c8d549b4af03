package com.bakery.gateway.identity.apikey;

import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.identity.token.TokenResource;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /auth/api-key} with {@code X-API-Key}: a machine client's key in, a short-lived token out. */
@Path("/auth/api-key")
@PermitAll
public class ApiKeyTokenResource {

    private final ApiKeyService keys;

    public ApiKeyTokenResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public TokenResource.TokenResponse token(@HeaderParam("X-API-Key") String key) {
        return keys.exchange(key)
                .map(t -> new TokenResource.TokenResponse(t.token(), "Bearer", t.expiresIn()))
                .orElseThrow(() -> new ProblemException(401, "invalid_api_key", "Authentication failed",
                        "Unknown, malformed or revoked API key (send it in X-API-Key)."));
    }
}
