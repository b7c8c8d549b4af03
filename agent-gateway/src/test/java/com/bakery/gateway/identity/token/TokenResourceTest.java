package com.bakery.gateway.identity.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.gateway.Logins;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenResourceTest {

    @Test
    void issuesAnRs256TokenThatVerifiesAgainstThePublishedJwks() throws Exception {
        String token = given().contentType("application/json")
                .body("{\"username\":\"manager@north\",\"password\":\"" + Logins.DEMO_PASSWORD + "\"}")
                .when().post("/auth/token")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .extract().path("access_token");

        String jwks = given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .extract().asString();
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setExpectedIssuer("https://bakery.local/gateway")
                .setExpectedAudience("bakery-suite")
                .setRequireExpirationTime()
                .build().processToClaims(token);

        assertEquals("manager@north", claims.getSubject());
        assertEquals("north", claims.getClaimValueAsString("tenant"));
        assertEquals(List.of("manager"), claims.getStringListClaimValue("groups"));
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertEquals(900, lifetime);
        assertTrue(!token.contains(Logins.DEMO_PASSWORD), "the token carries no secret");
    }

    @Test
    void theIssuedTokenIsAcceptedByTheGatewayItself() {
        given().auth().oauth2(Logins.tokenFor("cashier@south"))
                .when().get("/api/gateway/info")
                .then().statusCode(200)
                .body("service", equalTo("agent-gateway"))
                .body("sub", equalTo("cashier@south"))
                .body("tenant", equalTo("south"))
                .body("groups", contains("cashier"));
    }

    @Test
    void everyDemoRoleCanSignInForBothTenants() {
        for (String tenant : List.of("north", "south")) {
            for (String role : List.of("admin", "manager", "baker", "cashier", "auditor")) {
                given().auth().oauth2(Logins.tokenFor(role + "@" + tenant))
                        .when().get("/api/gateway/info")
                        .then().statusCode(200).body("tenant", equalTo(tenant)).body("groups", contains(role));
            }
        }
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
        given().contentType("application/json")
                .body("{\"username\":\"manager@north\",\"password\":\"not-the-password\"}")
                .when().post("/auth/token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid_credentials"))
                .body("detail", equalTo("Unknown username or wrong password."));
    }

    @Test
    void refusesAnUnknownUserTheSameWay() {
        given().contentType("application/json")
                .body("{\"username\":\"nobody@north\",\"password\":\"whatever\"}")
                .when().post("/auth/token")
                .then().statusCode(401)
                .body("code", equalTo("invalid_credentials"))
                .body("detail", equalTo("Unknown username or wrong password."));
    }

    @Test
    void namesEachMissingField() {
        given().contentType("application/json").body("{\"username\":\"\"}")
                .when().post("/auth/token")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItems("username", "password"));
    }

    @Test
    void refusesAMissingBody() {
        given().contentType("application/json")
                .when().post("/auth/token")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void refusesMalformedJson() {
        given().contentType("application/json").body("{\"username\": ")
                .when().post("/auth/token")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("malformed_json"))
                .body("detail", startsWith("The request body is not valid JSON"));
    }
}
