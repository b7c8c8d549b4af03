package com.bakery.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Signed JWTs shaped like the gateway's, for tests. */
public final class TestTokens {

    public static final String ISSUER = "https://bakery.local/gateway";
    public static final String AUDIENCE = "bakery-suite";

    private TestTokens() {
    }

    /** A valid token signed with the suite's test key. */
    public static String token(String subject, String tenant, String... groups) {
        return sign("signing", subject, tenant, Duration.ofMinutes(5), groups);
    }

    /** A valid token of a sign-in session ({@code sid}), as the gateway issues to a person. */
    public static String sessionToken(String session, String subject, String tenant, String... groups) {
        return sign("signing", subject, tenant, Duration.ofMinutes(5), Map.of("sid", session), groups);
    }

    /** A valid token of someone switched in at a registered till, as the gateway issues after a PIN. */
    public static String tillToken(String till, String tillName, String subject, String tenant, String... groups) {
        return sign("signing", subject, tenant, Duration.ofMinutes(5), Map.of("sid", "session-of-" + subject,
                "till", till, "till_name", tillName), groups);
    }

    /** A manager's approval of a discount at a till, as {@code POST /auth/till/approve} gives it. */
    public static String approval(String till, String subject, String tenant, Duration lifetime, String... groups) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).audience("bakery-approval").subject(subject).groups(Set.of(groups))
                .claim("tenant", tenant).claim("till", till).claim("approval", "discount")
                .claim("jti", UUID.randomUUID().toString()).issuedAt(now - 60)
                .expiresAt(now + lifetime.toSeconds()).jws().keyId(TestKeys.keyId("signing"))
                .sign(TestKeys.privateKey("signing").toString());
    }

    /** The same claims, signed by a key the services do not trust. */
    public static String foreignToken(String subject, String tenant, String... groups) {
        return sign("stranger", subject, tenant, Duration.ofMinutes(5), groups);
    }

    /** Signed by the right key but already expired. */
    public static String expiredToken(String subject, String tenant, String... groups) {
        return sign("signing", subject, tenant, Duration.ofMinutes(-10), groups);
    }

    private static String sign(String key, String subject, String tenant, Duration lifetime, String... groups) {
        return sign(key, subject, tenant, lifetime, Map.of(), groups);
    }

    private static String sign(String key, String subject, String tenant, Duration lifetime, Map<String, Object> more,
            String... groups) {
        long now = System.currentTimeMillis() / 1000;
        JwtClaimsBuilder claims = Jwt.claims(more).issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .groups(Set.of(groups));
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        return claims
                .issuedAt(now - 60)
                .expiresAt(now + lifetime.toSeconds())
                .jws().keyId(TestKeys.keyId(key))
                .sign(TestKeys.privateKey(key).toString());
    }
}
