package com.bakery.common.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Verifies a bearer token once, then reuses its verified claims until the token expires. Checking an RS256
 * signature was most of the CPU a service spent on a request (a third of inventory's and payments' time in a
 * checkout, where the same cashier's token reaches every service several times). Only tokens that passed the full
 * check (signature, issuer, audience, expiry) enter the cache, keyed by the whole token and the verification
 * settings it passed under; a token is never taken from it at or past its expiry, nor once its sign-in session is
 * revoked ({@link RevokedSessions}).
 *
 * <p>A singleton, not application-scoped: for settings that name their own keys (the gateway's outside identity
 * provider) smallrye-jwt makes a fresh factory of this class with its no-argument constructor, and a client proxy's
 * class would hand the call back to this shared instance, whose key resolver holds the services' key.
 */
@Singleton
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    /** A bakery's callers at once, many times over; past it the cache starts again rather than grow. */
    static final int CAPACITY = 2_000;

    private record Key(JWTAuthContextInfo settings, String token) {
    }

    private final JWTCallerPrincipalFactory verifier;
    private final LongSupplier epochSeconds;
    private final Map<Key, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();

    public VerifiedTokens() {
        this(new ClaimsPrincipals(), () -> System.currentTimeMillis() / 1000);
    }

    VerifiedTokens(JWTCallerPrincipalFactory verifier, LongSupplier epochSeconds) {
        this.verifier = verifier;
        this.epochSeconds = epochSeconds;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
        // settings are compared by identity: the ones a parser was built with, the same object on every call
        Key key = new Key(settings, token);
        JWTCallerPrincipal cached = verified.get(key);
        long now = epochSeconds.getAsLong();
        if (cached != null && now < cached.getExpirationTime()) {
            return unlessRevoked(cached);
        }
        JWTCallerPrincipal principal = unlessRevoked(verifier.parse(token, settings));
        if (now < principal.getExpirationTime()) {
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
            verified.put(key, principal);
        } else {
            verified.remove(key);
        }
        return principal;
    }

    private static JWTCallerPrincipal unlessRevoked(JWTCallerPrincipal principal) throws ParseException {
        Object session = principal.getClaim(RevokedSessions.CLAIM);
        if (session != null && RevokedSessions.isRevoked(session.toString())) {
            throw new ParseException("The token's session has ended (signed out or revoked).");
        }
        return principal;
    }
}
