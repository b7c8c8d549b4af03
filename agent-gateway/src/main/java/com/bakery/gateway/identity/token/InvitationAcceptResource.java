package com.bakery.gateway.identity.token;

import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.identity.invitation.InvitationService;
import com.bakery.gateway.identity.user.User;
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
 * {@code POST /auth/invitations/accept}: an invitee's one-time code, their own password (and optionally a till PIN)
 * in; the new user signed in out. Attempts are charged per address like sign-ins, so codes cannot be scanned.
 */
@Path("/auth/invitations/accept")
@PermitAll
public class InvitationAcceptResource {

    public record Acceptance(@NotBlank @Size(max = 100) String code,
            @NotNull @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
            String pin, SessionTokens.Delivery refreshTokenIn) {
    }

    private final InvitationService invitations;
    private final SessionTokens sessions;
    private final CredentialThrottle throttle;
    private final ClientAddress clients;

    public InvitationAcceptResource(InvitationService invitations, SessionTokens sessions, CredentialThrottle throttle,
            ClientAddress clients) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response accept(@NotNull @Valid Acceptance acceptance, @Context RoutingContext ctx) {
        CredentialThrottle.Attempt attempt = TokenResource.chargeSignIn(throttle, clients, ctx,
                "invitation:" + acceptance.code());
        User user;
        try {
            user = invitations.accept(acceptance.code(), acceptance.password(), acceptance.pin());
        } catch (ProblemException refused) {
            Exchange.of(ctx).deny("invitation refused");
            throw refused;
        }
        attempt.succeeded();
        return sessions.signedIn(user, TokenResource.delivery(acceptance.refreshTokenIn()));
    }
}
