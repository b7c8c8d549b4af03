package com.bakery.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long EXPIRES_AT = 1_000;

    /** Stands for the signature check: "good-*" tokens verify and expire at EXPIRES_AT, anything else fails. */
    private static class Verifier extends JWTCallerPrincipalFactory {
        final List<String> checked = new ArrayList<>();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
            checked.add(token);
            if (!token.startsWith("good-")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject(token);
            claims.setClaim(RevokedSessions.CLAIM, "session-of-" + token);
            claims.setExpirationTime(NumericDate.fromSeconds(EXPIRES_AT));
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        }
    }

    private final Verifier verifier = new Verifier();
    private final AtomicLong now = new AtomicLong(500);
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, now::get);
    private final JWTAuthContextInfo settings = new JWTAuthContextInfo();

    @Test
    void aVerifiedTokenIsCheckedOnceUntilItExpires() throws ParseException {
        JWTCallerPrincipal first = tokens.parse("good-a", settings);
        assertSame(first, tokens.parse("good-a", settings));
        now.set(EXPIRES_AT - 1);
        assertSame(first, tokens.parse("good-a", settings));
        assertEquals(List.of("good-a"), verifier.checked);

        now.set(EXPIRES_AT);
        tokens.parse("good-a", settings);
        assertEquals(List.of("good-a", "good-a"), verifier.checked, "at its expiry the token is checked again");
    }

    @Test
    void aTokenThatFailsIsNeverCachedAndFailsEveryTime() {
        assertThrows(ParseException.class, () -> tokens.parse("forged", settings));
        assertThrows(ParseException.class, () -> tokens.parse("forged", settings));
        assertEquals(List.of("forged", "forged"), verifier.checked);
    }

    @Test
    void otherTokensAndOtherVerificationSettingsAreCheckedOnTheirOwn() throws ParseException {
        tokens.parse("good-a", settings);
        tokens.parse("good-b", settings);
        tokens.parse("good-a", new JWTAuthContextInfo());
        assertEquals(List.of("good-a", "good-b", "good-a"), verifier.checked);
    }

    @Test
    void aFullCacheStartsAgainInsteadOfGrowing() throws ParseException {
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.parse("good-" + i, settings);
        }
        tokens.parse("good-0", settings);
        assertEquals(VerifiedTokens.CAPACITY + 2, verifier.checked.size(), "the first token was checked again");
    }

    @Test
    void aTokenOfARevokedSessionIsRefusedEvenFromTheCache() throws ParseException {
        tokens.parse("good-revoked", settings);
        tokens.parse("good-kept", settings);
        RevokedSessions.revoke("session-of-good-revoked", System.currentTimeMillis() / 1000 + 60);
        ParseException refused = assertThrows(ParseException.class, () -> tokens.parse("good-revoked", settings));
        assertEquals("The token's session has ended (signed out or revoked).", refused.getMessage());
        tokens.parse("good-kept", settings);
    }
}
