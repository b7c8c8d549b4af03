package com.bakery.gateway.identity.token;

import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.Approvals;
import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.identity.till.Till;
import com.bakery.gateway.identity.till.TillResource;
import com.bakery.gateway.identity.till.TillService;
import com.bakery.gateway.identity.user.Pins;
import com.bakery.gateway.identity.user.User;
import com.bakery.gateway.identity.user.UserService;
import com.fasterxml.jackson.annotation.JsonProperty;
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

    /** A manager's PIN at the till for one action; {@code action} is {@code discount}. */
    public record Approve(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 6) String pin,
            @NotNull Action action, @Size(max = 200) String deviceToken) {
    }

    public enum Action {
        @JsonProperty("discount") DISCOUNT
    }

    public record Approval(String approvalToken, long expiresIn, String approvedBy) {
    }

    private final TillService tills;
    private final UserService users;
    private final SessionTokens sessions;
    private final TokenService tokens;
    private final CredentialThrottle throttle;
    private final ClientAddress clients;

    public TillSwitchResource(TillService tills, UserService users, SessionTokens sessions, TokenService tokens,
            CredentialThrottle throttle, ClientAddress clients) {
        this.tokens = tokens;
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
        Till till = till(request.deviceToken(), cookie, ctx);
        User user = byPin(till, request.username(), request.pin(), ctx);
        return sessions.switchedIn(user, till, TokenResource.delivery(request.refreshTokenIn()));
    }

    /**
     * {@code POST /auth/till/approve}: a manager (or admin) at the till approves one action with their PIN, without
     * switching in; the cashier's sale carries the approval.
     */
    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Approval approve(@NotNull @Valid Approve request, @CookieParam(TillResource.COOKIE) String cookie,
            @Context RoutingContext ctx) {
        Till till = till(request.deviceToken(), cookie, ctx);
        User manager = byPin(till, request.username(), request.pin(), ctx);
        if (!manager.roles.contains("manager") && !manager.roles.contains("admin")) {
            Exchange.of(ctx).deny("approval by a non-manager");
            throw ProblemException.forbidden("not_a_manager", request.username() + " may not approve: only a manager "
                    + "or an admin can.");
        }
        TokenService.IssuedToken approval = tokens.approval(manager, till, Approvals.DISCOUNT);
        return new Approval(approval.token(), approval.expiresIn(), manager.username);
    }

    private Till till(String deviceToken, String cookie, RoutingContext ctx) {
        return tills.identify(deviceToken != null ? deviceToken : cookie).orElseThrow(() -> {
            Exchange.of(ctx).deny("unknown till");
            return unknownTill();
        });
    }

    /** The staff member of the till's tenant with this PIN, or a refusal (throttled, locked after five). */
    private User byPin(Till till, String username, String pin, RoutingContext ctx) {
        CredentialThrottle.Attempt attempt = TokenResource.chargeSignIn(throttle, clients, ctx,
                "till:" + till.id() + ":" + username);
        UserService.PinCheck check = users.authenticatePin(till.tenantId(), username, pin);
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
        return check.user();
    }

    private static ProblemException unknownTill() {
        return new ProblemException(401, "unknown_till", "Authentication required",
                "This device is not a registered till (or it was revoked): an admin registers it.");
    }
}
