package com.bakery.gateway.identity.token;

import com.bakery.gateway.identity.session.OpenSession;
import com.bakery.gateway.identity.session.SessionService;
import com.bakery.gateway.identity.till.Till;
import com.bakery.gateway.identity.user.User;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * Answers a sign-in or a refresh: an access token of the session and its next refresh token, in the body for API
 * clients or, for the console, in an HttpOnly, Secure, SameSite=Strict cookie sent only to {@value #COOKIE_PATH}, out
 * of reach of the page's scripts and surviving a reload.
 */
@ApplicationScoped
public class SessionTokens {

    public static final String COOKIE = "bakery_refresh";
    public static final String COOKIE_PATH = "/auth/session";

    /** Where the refresh token goes. */
    public enum Delivery {
        @JsonProperty("body") BODY,
        @JsonProperty("cookie") COOKIE
    }

    private final SessionService sessions;
    private final TokenService tokens;

    public SessionTokens(SessionService sessions, TokenService tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** Opens a session for a user who just proved their password. */
    Response signedIn(User user, Delivery delivery) {
        return answer(user, sessions.start(user), delivery);
    }

    /** Opens a session on a till for a user who just gave their PIN there. */
    Response switchedIn(User user, Till till, Delivery delivery) {
        return answer(user, sessions.start(user, till), delivery);
    }

    Response answer(User user, OpenSession session, Delivery delivery) {
        TokenService.IssuedToken access = tokens.issue(user, session);
        long left = session.secondsLeft(Instant.now());
        var body = new TokenResource.TokenResponse(access.token(), "Bearer", access.expiresIn(),
                delivery == Delivery.BODY ? session.refreshToken() : null, left);
        Response.ResponseBuilder answer = Response.ok(body).header("Cache-Control", "no-store");
        if (delivery == Delivery.COOKIE) {
            answer.cookie(cookie(session.refreshToken(), left));
        }
        return answer.build();
    }

    static NewCookie cookie(String value, long maxAgeSeconds) {
        return new NewCookie.Builder(COOKIE).value(value).path(COOKIE_PATH).maxAge((int) maxAgeSeconds)
                .httpOnly(true).secure(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    static NewCookie cleared() {
        return cookie("", 0);
    }
}
