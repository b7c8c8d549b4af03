package com.bakery.gateway.token;

import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.audit.AuditHandler;
import com.bakery.gateway.config.GatewayConfig;
import com.bakery.gateway.ratelimit.Decision;
import com.bakery.gateway.ratelimit.RateLimiter;
import com.bakery.gateway.request.ClientAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Context;
import com.bakery.gateway.user.DemoUsers;
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
import java.time.Duration;

/** {@code POST /auth/token}: username and password in, a short-lived bearer token out. */
@Path("/auth/token")
@PermitAll
public class TokenResource {

    private final UserService users;
    private final TokenService tokens;
    private final RateLimiter limiter;
    private final GatewayConfig config;
    private final ClientAddress clients;
    private final DemoUsers demo;

    public TokenResource(UserService users, TokenService tokens, RateLimiter limiter, GatewayConfig config,
            ClientAddress clients, DemoUsers demo) {
        this.users = users;
        this.tokens = tokens;
        this.limiter = limiter;
        this.config = config;
        this.clients = clients;
        this.demo = demo;
    }

    public record Credentials(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {
    }

    public record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TokenResponse token(@NotNull @Valid Credentials credentials, @Context RoutingContext ctx) {
        String user = "login:u:" + credentials.username().toLowerCase();
        String ip = "login:ip:" + clients.ip(ctx);
        // failures cost a token: while either bucket is empty, even a right password is refused
        Decision open = both(user, ip, 0);
        if (!open.allowed()) {
            AuditHandler.deny(ctx, "login throttled");
            throw new ProblemException(429, "login_throttled", "Too Many Requests", "Too many failed logins; "
                    + "try again in " + Math.max(1, open.retryAfterSeconds()) + " s.",
                    java.util.Map.of("retryAfter", Math.max(1, open.retryAfterSeconds())));
        }
        demo.awaitReady(Duration.ofSeconds(30));
        return users.authenticate(credentials.username(), credentials.password())
                .map(tokens::issue)
                .map(issued -> new TokenResponse(issued.token(), "Bearer", issued.expiresIn()))
                .orElseThrow(() -> {
                    both(user, ip, 1);
                    AuditHandler.deny(ctx, "bad credentials");
                    return new ProblemException(401, "invalid_credentials", "Authentication failed",
                            "Unknown username or wrong password.");
                });
    }

    private Decision both(String user, String ip, int cost) {
        GatewayConfig.RateLimit.Limit perUser = config.rateLimit().loginFailuresPerUser();
        GatewayConfig.RateLimit.Limit perIp = config.rateLimit().loginFailuresPerIp();
        Decision u = limiter.take(java.util.List.of(user), new RateLimiter.Limit(perUser.perMinute(), perUser.burst()),
                cost).await().indefinitely();
        Decision i = limiter.take(java.util.List.of(ip), new RateLimiter.Limit(perIp.perMinute(), perIp.burst()),
                cost).await().indefinitely();
        return u.allowed() ? i : u;
    }
}
