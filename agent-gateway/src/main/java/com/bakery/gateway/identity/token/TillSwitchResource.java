package com.bakery.gateway.identity.token;

import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.identity.till.Till;
import com.bakery.gateway.identity.till.TillResource;
import com.bakery.gateway.identity.till.TillService;
import com.bakery.gateway.identity.user.Pins;
import com.bakery.gateway.identity.user.UserService;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * A registered till: {@code GET /auth/till} says whether this device is one (by its cookie), and {@code POST
 * /auth/till/switch} signs a staff member of the till's tenant in on it with their PIN. PIN attempts are charged
 * before they are checked, per till and name and per address like passwords, and five wrong ones lock the PIN.
 */
@Path("/auth/till")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TillSwitchResource {

    /** Whether this device is a registered till, and which. */
    public record TillIdentity(boolean registered, UUID id, String name) {
    }

    /** {@code deviceToken} only for API clients; the console's till presents its cookie. */
    public record Switch(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 6) String pin,
            @Size(max = 200) String deviceToken, SessionTokens.Delivery refreshTokenIn) {
    }

    private final TillService tills;
    private final UserService users;
    private final SessionTokens sessions;
    private final CredentialThrottle throttle;
    private final ClientAddress clients;

    public TillSwitchResource(TillService tills, UserService users, SessionTokens sessions,
            CredentialThrottle throttle, ClientAddress clients) {
        this.tills = tills;
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clients = clients;
    }

    /** Asked by the console at every load, so a device that is no till is a plain answer, not a refusal. */
    @GET
    public TillIdentity identify(@CookieParam(TillResource.COOKIE) String cookie) {
        return tills.identify(cookie).map(t -> new TillIdentity(true, t.id(), t.name()))
                .orElse(new TillIdentity(false, null, null));
    }

    @POST
    @Path("/switch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response switchIn(@NotNull @Valid Switch request, @CookieParam(TillResource.COOKIE) String cookie,
            @Context RoutingContext ctx) {
        Till till = tills.identify(request.deviceToken() != null ? request.deviceToken() : cookie)
                .orElseThrow(() -> {
                    Exchange.of(ctx).deny("unknown till");
                    return unknownTill();
                });
        CredentialThrottle.Attempt attempt = TokenResource.chargeSignIn(throttle, clients, ctx,
                "till:" + till.id() + ":" + request.username());
        UserService.PinCheck check = users.authenticatePin(till.tenantId(), request.username(), request.pin());
        switch (check.outcome()) {
            case LOCKED -> {
                Exchange.of(ctx).deny("PIN locked");
                throw ProblemException.forbidden("pin_locked", "This PIN is locked after " + Pins.ATTEMPTS
                        + " wrong tries: an admin sets a new one, or sign in with your password and set it yourself.");
            }
            case REFUSED -> {
                Exchange.of(ctx).deny("bad PIN");
                throw new ProblemException(401, "invalid_credentials", "Authentication failed",
                        "Unknown user at this till or wrong PIN.");
            }
            default -> attempt.succeeded();
        }
        return sessions.switchedIn(check.user(), till, TokenResource.delivery(request.refreshTokenIn()));
    }

    private static ProblemException unknownTill() {
        return new ProblemException(401, "unknown_till", "Authentication required",
                "This device is not a registered till (or it was revoked): an admin registers it.");
    }
}
