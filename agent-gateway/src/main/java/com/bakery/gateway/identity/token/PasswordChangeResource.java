package com.bakery.gateway.identity.token;

import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.identity.user.User;
import com.bakery.gateway.identity.user.UserService;
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

/**
 * {@code POST /auth/password}: a user replaces their password, proving the current one, and gets a token. The way
 * in for a first admin holding a one-time password (a sign-in with it is refused until it is changed); throttled
 * as sign-ins are, since it proves a password too.
 */
@Path("/auth/password")
@PermitAll
public class PasswordChangeResource {

    private final UserService users;
    private final SessionTokens sessions;
    private final CredentialThrottle throttle;
    private final ClientAddress clients;

    public PasswordChangeResource(UserService users, SessionTokens sessions, CredentialThrottle throttle,
            ClientAddress clients) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clients = clients;
    }

    public record PasswordChange(@NotBlank @Size(max = 200) String username,
            @NotBlank @Size(max = 200) String password,
            @NotNull @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String newPassword,
            SessionTokens.Delivery refreshTokenIn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response change(@NotNull @Valid PasswordChange change, @Context RoutingContext ctx) {
        CredentialThrottle.Attempt attempt = TokenResource.chargeSignIn(throttle, clients, ctx, change.username());
        User user = users.changePassword(change.username(), change.password(), change.newPassword())
                .orElseThrow(() -> TokenResource.badCredentials(ctx));
        attempt.succeeded();
        return sessions.signedIn(user, TokenResource.delivery(change.refreshTokenIn()));
    }
}
