package com.bakery.gateway.identity.token;

import com.bakery.common.problem.Problem;
import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.identity.session.EndReason;
import com.bakery.gateway.identity.session.OpenSession;
import com.bakery.gateway.identity.session.SessionService;
import com.bakery.gateway.identity.user.User;
import com.bakery.gateway.identity.user.UserRepository;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code POST /auth/session/refresh}: a refresh token (from the body, or the console's cookie) for a new access token
 * and the next refresh token. {@code POST /auth/session/sign-out} ends the session. Both take a JSON body (at least
 * {@code {}}), so a cross-site form cannot post to them.
 */
@Path("/auth/session")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record RefreshRequest(@JsonProperty("refresh_token") @Size(max = 200) String refreshToken) {
    }

    private final SessionService sessions;
    private final SessionTokens answers;
    private final UserRepository users;

    public SessionResource(SessionService sessions, SessionTokens answers, UserRepository users) {
        this.sessions = sessions;
        this.answers = answers;
        this.users = users;
    }

    @POST
    @Path("/refresh")
    public Response refresh(@NotNull @Valid RefreshRequest request,
            @CookieParam(SessionTokens.COOKIE) String cookie, @Context RoutingContext ctx) {
        SessionTokens.Delivery delivery = delivery(request);
        Optional<String> token = token(request, cookie);
        if (token.isEmpty()) {
            return refused(ctx, delivery, "no_refresh_token",
                    "No refresh token: give refresh_token in the body, or sign in again.");
        }
        SessionService.Refresh outcome = sessions.refresh(token.get());
        if (outcome instanceof SessionService.Refused refused) {
            return refused(ctx, delivery, refused.code(), refused.detail());
        }
        OpenSession session = ((SessionService.Renewed) outcome).session();
        Optional<User> user = users.findById(session.userId()).filter(u -> u.enabled);
        if (user.isEmpty()) {
            sessions.end(session.id(), EndReason.USER_DISABLED);
            return refused(ctx, delivery, "session_ended", "The session has ended: sign in again.");
        }
        return answers.answer(user.get(), session, delivery);
    }

    @POST
    @Path("/sign-out")
    public Response signOut(@NotNull @Valid RefreshRequest request,
            @CookieParam(SessionTokens.COOKIE) String cookie) {
        token(request, cookie).ifPresent(t -> sessions.endByToken(t, EndReason.SIGNED_OUT));
        return Response.noContent().cookie(SessionTokens.cleared()).build();
    }

    private static SessionTokens.Delivery delivery(RefreshRequest request) {
        return request.refreshToken() == null ? SessionTokens.Delivery.COOKIE : SessionTokens.Delivery.BODY;
    }

    private static Optional<String> token(RefreshRequest request, String cookie) {
        String token = request.refreshToken() != null ? request.refreshToken() : cookie;
        return Optional.ofNullable(token).filter(t -> !t.isBlank());
    }

    /** A 401 problem; a refused cookie is cleared, so the console stops presenting it. */
    private static Response refused(RoutingContext ctx, SessionTokens.Delivery delivery, String code, String detail) {
        Exchange.of(ctx).deny("refresh refused: " + code);
        Response.ResponseBuilder answer = Response.status(401).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, code, "Authentication required", detail).withInstance(ctx.request().path()));
        if (delivery == SessionTokens.Delivery.COOKIE) {
            answer.cookie(SessionTokens.cleared());
        }
        return answer.build();
    }
}
