package com.bakery.gateway.identity.token;

import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.identity.user.DemoUsers;
import com.bakery.gateway.identity.user.User;
import com.bakery.gateway.identity.user.UserService;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * {@code POST /auth/token}: username and password in; a short-lived bearer token and a refresh token of a new sign-in
 * session out ({@link SessionResource} renews and ends it).
 */
@Path("/auth/token")
@PermitAll
public class TokenResource {

    private final UserService users;
    private final SessionTokens sessions;
    private final CredentialThrottle throttle;
    private final ClientAddress clients;
    private final DemoUsers demo;

    public TokenResource(UserService users, SessionTokens sessions, CredentialThrottle throttle, ClientAddress clients,
            DemoUsers demo) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clients = clients;
        this.demo = demo;
    }

    /** A sign-in; {@code refreshTokenIn}: {@code body} (the default, for API clients) or {@code cookie} (console). */
    public record Credentials(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password,
            SessionTokens.Delivery refreshTokenIn) {
    }

    /** A bearer token; a user's sign-in adds its session's refresh token (unless in a cookie) and how long it lasts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("refresh_expires_in") Long refreshExpiresIn) {

        public TokenResponse(String accessToken, String tokenType, long expiresIn) {
            this(accessToken, tokenType, expiresIn, null, null);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@NotNull @Valid Credentials credentials, @Context RoutingContext ctx) {
        CredentialThrottle.Attempt attempt = chargeSignIn(throttle, clients, ctx, credentials.username());
        demo.awaitReady(Duration.ofSeconds(30));
        User user = users.authenticate(credentials.username(), credentials.password())
                .orElseThrow(() -> badCredentials(ctx));
        attempt.succeeded();
        if (user.passwordChangeRequired) {
            Exchange.of(ctx).deny("password change required");
            throw new ProblemException(403, "password_change_required", "Password change required",
                    "This is a one-time password: choose your own first (POST /auth/password with username, "
                            + "password and newPassword).");
        }
        return sessions.signedIn(user, delivery(credentials.refreshTokenIn()));
    }

    static SessionTokens.Delivery delivery(SessionTokens.Delivery asked) {
        return asked == null ? SessionTokens.Delivery.BODY : asked;
    }

    /** Charges an attempt to prove {@code username}'s password; a throttled one is refused (429) and audited. */
    static CredentialThrottle.Attempt chargeSignIn(CredentialThrottle throttle, ClientAddress clients,
            RoutingContext ctx, String username) {
        try {
            return throttle.charge("u", username, clients.ip(ctx));
        } catch (ProblemException refused) {
            Exchange.of(ctx).deny("login throttled");
            throw refused;
        }
    }

    static ProblemException badCredentials(RoutingContext ctx) {
        Exchange.of(ctx).deny("bad credentials");
        return new ProblemException(401, "invalid_credentials", "Authentication failed",
                "Unknown username or wrong password.");
    }

}
