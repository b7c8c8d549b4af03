package com.bakery.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/** The principals the services verify tokens into read every claim as SmallRye's own do, custom claims included. */
class ClaimsPrincipalsTest {

    private static final String ISSUER = "https://bakery.test/gateway";

    private final KeyPair key = rsa();
    private final JWTAuthContextInfo settings = new JWTAuthContextInfo((RSAPublicKey) key.getPublic(), ISSUER);

    @Test
    void everyClaimReadsAsSmallRyeReadsIt() throws Exception {
        String token = sign(key, "cashier@t1", "t1");

        JWTCallerPrincipal ours = new ClaimsPrincipals().parse(token, settings);
        JWTCallerPrincipal theirs = new DefaultJWTCallerPrincipalFactory().parse(token, settings);

        assertEquals("t1", ours.getClaim(CurrentUser.TENANT_CLAIM));
        assertEquals("cashier@t1", ours.getSubject());
        assertEquals(theirs.getClaimNames(), ours.getClaimNames());
        for (String claim : theirs.getClaimNames()) {
            assertEquals(String.valueOf(theirs.<Object>getClaim(claim)), String.valueOf(ours.<Object>getClaim(claim)),
                    claim);
        }
        assertEquals(theirs.getGroups(), ours.getGroups());
        assertEquals(token, ours.getClaim(Claims.raw_token.name()));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String forged = sign(rsa(), "admin@t1", "t1");

        assertThrows(ParseException.class, () -> new ClaimsPrincipals().parse(forged, settings));
    }

    private static String sign(KeyPair key, String subject, String tenant) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setClaim(CurrentUser.TENANT_CLAIM, tenant);
        claims.setStringListClaim("groups", List.of("cashier"));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
