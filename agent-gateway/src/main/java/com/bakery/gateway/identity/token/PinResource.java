package com.bakery.gateway.identity.token;

import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.identity.user.UserService;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code PUT /auth/pin}: a staff member sets their own till PIN (which unlocks a locked one), proving their
 * password; throttled as sign-ins are.
 */
@Path("/auth/pin")
@PermitAll
public class PinResource {

    public record PinChange(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password,
            @NotNull String pin) {
    }

    private final UserService users;
    private final CredentialThrottle throttle;
    private final ClientAddress clients;

    public PinResource(UserService users, CredentialThrottle throttle, ClientAddress clients) {
        this.users = users;
        this.throttle = throttle;
        this.clients = clients;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response set(@NotNull @Valid PinChange change, @Context RoutingContext ctx) {
        CredentialThrottle.Attempt attempt = TokenResource.chargeSignIn(throttle, clients, ctx, change.username());
        users.setOwnPin(change.username(), change.password(), change.pin())
                .orElseThrow(() -> TokenResource.badCredentials(ctx));
        attempt.succeeded();
        return Response.noContent().build();
    }
}
