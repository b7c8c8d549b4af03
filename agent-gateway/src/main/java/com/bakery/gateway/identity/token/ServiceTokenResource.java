package com.bakery.gateway.identity.token;

import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.edge.exchange.AddressRanges;
import com.bakery.gateway.edge.exchange.ClientAddress;
import com.bakery.gateway.edge.exchange.Exchange;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /auth/service-token}: client credentials for a service acting on its own behalf (HTTP Basic with
 * its client id and secret), for one tenant. The token carries role {@code service} and {@code sub}
 * {@code service:<client id>}, so every rule a service applies to a user applies to it too.
 * It is for the services only: a request that came through a proxy (the Ingress adds X-Forwarded-For) or from
 * outside {@code SERVICE_TOKEN_NETWORKS} is refused, and failed secrets are throttled per address like passwords.
 * The tenant is the client's word: the gateway keeps no list of tenants (one signed in through an outside identity
 * provider has no user here), so a client's secret is worth every tenant; see docs/security.md.
 */
@Path("/auth/service-token")
@PermitAll
public class ServiceTokenResource {

    private final ServiceClientsConfig config;
    private final TokenService tokens;
    private final CredentialThrottle throttle;
    private final ClientAddress clients;
    private final AddressRanges internal;

    public ServiceTokenResource(ServiceClientsConfig config, TokenService tokens, CredentialThrottle throttle,
            ClientAddress clients) {
        this.config = config;
        this.tokens = tokens;
        this.throttle = throttle;
        this.clients = clients;
        this.internal = AddressRanges.of(config.serviceTokenNetworks());
    }

    public record ServiceTokenRequest(@NotBlank @Size(max = 100) String tenant) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TokenResource.TokenResponse token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @NotNull @Valid ServiceTokenRequest request, @Context RoutingContext ctx) {
        String address = clients.ip(ctx);
        if (ctx.request().getHeader("X-Forwarded-For") != null || ctx.request().getHeader("Forwarded") != null
                || !internal.contains(address)) {
            Exchange.of(ctx).deny("service token asked from outside");
            throw ProblemException.forbidden("internal_only",
                    "Service tokens are issued to the suite's services on the internal network only.");
        }
        Optional<String[]> basic = basic(authorization);
        String claimed = basic.map(pair -> pair[0]).orElse("");
        throttle.checkOpen("client", claimed, address);
        if (basic.isEmpty() || !secretMatches(basic.get())) {
            throttle.failed("client", claimed, address);
            throw new ProblemException(401, "invalid_client", "Authentication failed",
                    "Unknown service client or wrong secret (HTTP Basic client id and secret expected).");
        }
        TokenService.IssuedToken issued = tokens.issue("service:" + claimed, request.tenant(), Set.of("service"));
        return new TokenResource.TokenResponse(issued.token(), "Bearer", issued.expiresIn());
    }

    /** The client id and secret of an HTTP Basic header, if it is one. */
    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8).split(":", 2);
            return pair.length == 2 ? Optional.of(pair) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The client's configured secret, compared in constant time. */
    private boolean secretMatches(String[] pair) {
        String secret = config.serviceClients().get(pair[0]);
        return secret != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                pair[1].getBytes(StandardCharsets.UTF_8));
    }
}
