package com.bakery.gateway.identity.idp;

import com.bakery.gateway.identity.token.TokenService;
import com.bakery.gateway.identity.user.Role;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens of the configured outside identity provider: recognised by their issuer, verified against the
 * provider's JWKS (fetched and cached), then exchanged for a gateway token carrying the tenant and the known
 * roles read from the configured claims, so the services only ever see the gateway's own tokens.
 */
@ApplicationScoped
@Startup // a provider configured without an audience stops the gateway at start, not a request later
public class ExternalIdentity {

    private final ExternalIdpConfig config;
    private final JWTParser parser;
    private final TokenService tokens;
    private final JWTAuthContextInfo context;

    public ExternalIdentity(ExternalIdpConfig config, JWTParser parser, TokenService tokens) {
        this.config = config;
        this.parser = parser;
        this.tokens = tokens;
        requireAudience(this.config.issuer(), this.config.audience());
        if (this.config.issuer().isPresent() && this.config.jwksUrl().isPresent()) {
            context = new JWTAuthContextInfo(this.config.jwksUrl().get(), this.config.issuer().get());
            context.setExpectedAudience(Set.of(this.config.audience().get()));
        } else {
            context = null;
        }
    }

    /**
     * A provider's tokens are for the application they name in {@code aud}: without one configured, a token the
     * provider issued to any of its other applications (a wiki, a mail client) would sign in here.
     */
    static void requireAudience(Optional<String> issuer, Optional<String> audience) {
        if (issuer.isPresent() && audience.filter(a -> !a.isBlank()).isEmpty()) {
            throw new IllegalStateException("EXTERNAL_IDP_AUDIENCE is required with EXTERNAL_IDP_ISSUER: the client id "
                    + "the provider issues the suite's tokens to");
        }
    }

    /** True when the token says it comes from the outside provider (not yet verified). */
    public boolean issued(String raw) {
        if (context == null) {
            return false;
        }
        String[] parts = raw.split("\\.");
        if (parts.length < 2) {
            return false;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return payload.contains("\"" + config.issuer().get() + "\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The gateway token for a valid outside token; empty when it carries no tenant or no known role. */
    public Optional<TokenService.IssuedToken> exchange(String raw) throws ParseException {
        JsonWebToken outside = parser.parse(raw, context);
        Optional<String> tenant = text(claim(outside, config.tenantClaim()));
        Set<String> roles = new TreeSet<>();
        JsonValue value = claim(outside, config.rolesClaim());
        if (value instanceof JsonArray list) {
            list.forEach(r -> text(r).filter(Role::isKnown).ifPresent(roles::add));
        }
        if (tenant.isEmpty() || roles.isEmpty()) {
            return Optional.empty();
        }
        // namespaced: the provider's "admin@north" is not the gateway's user of that name
        String subject = "idp:" + text(claim(outside, config.subjectClaim())).orElse(outside.getSubject());
        return Optional.of(tokens.issue(subject, tenant.get(), roles));
    }

    /** A claim by dotted path into nested objects. */
    private static JsonValue claim(JsonWebToken token, String path) {
        String[] steps = path.split("\\.");
        Object first = token.getClaim(steps[0]);
        JsonValue value = first instanceof JsonValue v ? v : first instanceof String s ? jsonString(s) : null;
        for (int i = 1; i < steps.length && value != null; i++) {
            value = value instanceof JsonObject o ? o.get(steps[i]) : null;
        }
        return value;
    }

    private static JsonValue jsonString(String s) {
        return jakarta.json.Json.createValue(s);
    }

    private static Optional<String> text(JsonValue value) {
        return value instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString())
                : Optional.empty();
    }
}
