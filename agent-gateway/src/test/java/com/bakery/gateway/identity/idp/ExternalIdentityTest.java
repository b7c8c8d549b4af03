package com.bakery.gateway.identity.idp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.gateway.IdpStub;
import com.bakery.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tokens of an outside (Keycloak-style) provider are verified against its JWKS and exchanged for ours. */
@QuarkusTest
class ExternalIdentityTest {

    private static String keycloakToken(String key, Map<String, Object> extra) {
        var claims = Jwt.issuer(IdpStub.ISSUER).audience(IdpStub.AUDIENCE).subject("f81d4fae-7dec")
                .claim("preferred_username", "maria")
                .claim("realm_access", Map.of("roles", List.of("cashier", "offline_access"))).expiresIn(300);
        extra.forEach(claims::claim);
        return claims.jws().keyId(TestKeys.keyId(key)).sign(TestKeys.privateKey(key).toString());
    }

    @Test
    void aProviderTokenPassesAndTheServiceSeesAGatewayTokenWithMappedClaims() {
        String forwarded = given().auth().oauth2(keycloakToken("idp", Map.of("tenant", "north")))
                .get("/api/inventory/things").then().statusCode(200).extract().path("authorization");
        String payload = new String(Base64.getUrlDecoder().decode(forwarded.substring(7).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"iss\":\"https://bakery.local/gateway\""), payload);
        // the provider's names are its own: never taken for a user of the gateway's
        assertTrue(payload.contains("\"sub\":\"idp:maria\""), payload);
        assertTrue(payload.contains("\"tenant\":\"north\""), payload);
        assertTrue(payload.contains("\"groups\":[\"cashier\"]"), payload);
    }

    @Test
    void aProviderTokenIsExchangedForAGatewayToken() {
        String token = given().auth().oauth2(keycloakToken("idp", Map.of("tenant", "south"))).post("/auth/exchange")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/api/gateway/info").then().statusCode(200)
                .body("sub", equalTo("idp:maria")).body("tenant", equalTo("south")).body("groups", contains("cashier"));
    }

    @Test
    void forgedOrIncompleteProviderTokensAreRefused() {
        given().auth().oauth2(keycloakToken("stranger", Map.of("tenant", "north"))).get("/api/inventory/things")
                .then().statusCode(401);
        given().auth().oauth2(keycloakToken("idp", Map.of())).get("/api/inventory/things").then().statusCode(401);
        given().auth().oauth2(keycloakToken("stranger", Map.of("tenant", "north"))).post("/auth/exchange")
                .then().statusCode(401).body("code", equalTo("invalid_external_token"));
    }

    /** The provider's token for another of its applications is not one for the suite. */
    @Test
    void aProviderTokenForAnotherApplicationIsRefused() {
        given().auth().oauth2(keycloakToken("idp", Map.of("tenant", "north", "aud", "the-wiki")))
                .get("/api/inventory/things").then().statusCode(401);
        given().auth().oauth2(keycloakToken("idp", Map.of("tenant", "north", "aud", "the-wiki")))
                .post("/auth/exchange").then().statusCode(401);
    }

    @Test
    void anIssuerWithoutAnAudienceIsRefusedAtStart() {
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ExternalIdentity.requireAudience(Optional.of(IdpStub.ISSUER), Optional.empty()));
        assertTrue(refused.getMessage().contains("EXTERNAL_IDP_AUDIENCE"), refused.getMessage());
    }
}
