package com.bakery.gateway.identity.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.bakery.testing.TestKeys;
import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Every kind of forged or stale token is refused at the gateway with 401 problem+json, and never routed. */
@QuarkusTest
class JwtForgeryTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private static void refused(String token) {
        given().auth().oauth2(token).get("/api/inventory/things").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("unauthenticated"));
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String claims(long exp) {
        return "{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE + "\",\"sub\":\"eve\","
                + "\"tenant\":\"north\",\"groups\":[\"admin\"],\"exp\":" + exp + "}";
    }

    @Test
    void algNoneIsRefused() {
        long exp = Instant.now().plusSeconds(600).getEpochSecond();
        refused(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claims(exp)) + ".");
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        byte[] publicPem = Files.readAllBytes(TestKeys.publicKey("signing"));
        String token = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("eve")
                .claim("tenant", "north").groups(Set.of("admin")).expiresIn(600)
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(publicPem, "HmacSHA256"));
        refused(token);
    }

    @Test
    void expiredAndNotYetValidTokensAreRefused() {
        refused(TestTokens.expiredToken("eve", "north", "admin"));
        String future = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("eve")
                .claim("tenant", "north").groups(Set.of("admin")).claim("nbf", Instant.now().plusSeconds(3600)
                        .getEpochSecond()).expiresIn(7200).sign(TestKeys.privateKey("signing").toString());
        refused(future);
    }

    @Test
    void wrongIssuerOrAudienceIsRefused() {
        refused(Jwt.issuer("https://evil.example").audience(TestTokens.AUDIENCE).subject("eve").claim("tenant", "north")
                .groups(Set.of("admin")).expiresIn(600).sign(TestKeys.privateKey("signing").toString()));
        refused(Jwt.issuer(TestTokens.ISSUER).audience("another-suite").subject("eve").claim("tenant", "north")
                .groups(Set.of("admin")).expiresIn(600).sign(TestKeys.privateKey("signing").toString()));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = TestTokens.token("cashier@north", "north", "cashier").split("\\.");
        String raised = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"cashier\"]", "\"admin\"]");
        refused(parts[0] + "." + b64(raised) + "." + parts[2]);
    }

    @Test
    void aKeyNobodyTrustsUnderAnUnknownKidIsRefused() {
        refused(Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("eve").claim("tenant", "north")
                .groups(Set.of("admin")).expiresIn(600).jws().keyId("unknown-kid")
                .sign(TestKeys.privateKey("stranger").toString()));
        refused(TestTokens.foreignToken("eve", "north", "admin"));
    }
}
