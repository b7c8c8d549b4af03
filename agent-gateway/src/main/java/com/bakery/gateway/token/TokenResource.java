package com.bakery.gateway.token;

import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.user.UserService;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /auth/token}: username and password in, a short-lived bearer token out. */
@Path("/auth/token")
@PermitAll
public class TokenResource {

    private final UserService users;
    private final TokenService tokens;

    public TokenResource(UserService users, TokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    public record Credentials(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {
    }

    public record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TokenResponse token(@NotNull @Valid Credentials credentials) {
        return users.authenticate(credentials.username(), credentials.password())
                .map(tokens::issue)
                .map(issued -> new TokenResponse(issued.token(), "Bearer", issued.expiresIn()))
                .orElseThrow(() -> new ProblemException(401, "invalid_credentials", "Authentication failed",
                        "Unknown username or wrong password."));
    }
}
