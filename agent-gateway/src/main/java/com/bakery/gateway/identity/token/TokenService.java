package com.bakery.gateway.identity.token;

import com.bakery.common.security.CurrentUser;
import com.bakery.gateway.identity.user.User;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Issues the suite's RS256 access tokens: who ({@code sub}), for which tenant, with which roles. */
@ApplicationScoped
public class TokenService {

    private final JwtConfig config;
    private final SigningKeys keys;

    public TokenService(JwtConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    public IssuedToken issue(User user) {
        return issue(user.username, user.tenantId, user.roles);
    }

    public IssuedToken issue(String subject, String tenant, java.util.Set<String> roles) {
        Instant now = Instant.now();
        long lifetime = config.tokenLifetime().toSeconds();
        String token = Jwt.issuer(config.issuer())
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
