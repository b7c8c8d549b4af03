package com.bakery.gateway.identity.token;

import com.bakery.common.security.Approvals;
import com.bakery.common.security.CurrentUser;
import com.bakery.common.security.RevokedSessions;
import com.bakery.gateway.identity.session.OpenSession;
import com.bakery.gateway.identity.till.Till;
import com.bakery.gateway.identity.user.User;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Issues the suite's RS256 access tokens: who ({@code sub}), for which tenant, with which roles. */
@ApplicationScoped
public class TokenService {

    private final JwtConfig config;
    private final SigningKeys keys;

    public TokenService(JwtConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    /**
     * A user's token within a sign-in session ({@code sid}), which ending the session revokes, naming the till it
     * was opened on.
     */
    public IssuedToken issue(User user, OpenSession session) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(RevokedSessions.CLAIM, session.id().toString());
        if (session.till() != null) {
            claims.put(CurrentUser.TILL_CLAIM, session.till().id().toString());
            claims.put(CurrentUser.TILL_NAME_CLAIM, session.till().name());
        }
        return issue(user.username, user.tenantId, user.roles, claims);
    }

    /**
     * A manager's approval of one action at a till: not an access token (its audience is {@link Approvals#AUDIENCE}),
     * valid two minutes, with an id the service spends once.
     */
    public IssuedToken approval(User manager, Till till, String action) {
        Instant now = Instant.now();
        long lifetime = 120;
        String token = Jwt.issuer(config.issuer()).audience(Approvals.AUDIENCE).subject(manager.username)
                .claim(CurrentUser.TENANT_CLAIM, manager.tenantId).groups(manager.roles)
                .claim(CurrentUser.TILL_CLAIM, till.id().toString()).claim(Approvals.CLAIM, action)
                .claim("jti", UUID.randomUUID().toString()).issuedAt(now).expiresAt(now.plusSeconds(lifetime))
                .jws().keyId(keys.keyId()).sign(keys.privateKey());
        return new IssuedToken(token, lifetime);
    }

    public IssuedToken issue(String subject, String tenant, Set<String> roles) {
        return issue(subject, tenant, roles, Map.of());
    }

    private IssuedToken issue(String subject, String tenant, Set<String> roles, Map<String, Object> claims) {
        Instant now = Instant.now();
        long lifetime = config.tokenLifetime().toSeconds();
        String token = Jwt.claims(claims).issuer(config.issuer())
                .audience(config.audience())
                .subject(subject)
                .claim(CurrentUser.TENANT_CLAIM, tenant)
                .groups(roles)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime))
                .jws().keyId(keys.keyId())
                .sign(keys.privateKey());
        return new IssuedToken(token, lifetime);
    }

    public record IssuedToken(String token, long expiresIn) {
    }
}
