package com.bakery.gateway.identity.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.bakery.testing.TestKeys;
import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test profile runs as after a rotation: "signing" is the current key, "previous" the one before. */
@QuarkusTest
class KeyRotationTest {

    private static String signedWithPreviousKey(String role) {
        return Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject(role + "@north")
                .claim("tenant", "north").groups(Set.of(role)).expiresIn(600)
                .jws().keyId(TestKeys.keyId("previous")).sign(TestKeys.privateKey("previous").toString());
    }

    @Test
    void theJwksPublishesTheCurrentAndThePreviousKey() {
        given().get("/.well-known/jwks.json").then().statusCode(200).body("keys.size()", equalTo(2))
                .body("keys.kid", hasItems(TestKeys.keyId("signing"), TestKeys.keyId("previous")));
    }

    @Test
    void tokensSignedBeforeTheRotationAreStillAcceptedEverywhere() {
        given().auth().oauth2(signedWithPreviousKey("manager")).get("/api/inventory/things").then().statusCode(200);
        given().auth().oauth2(signedWithPreviousKey("admin")).get("/api/admin/users").then().statusCode(200);
        given().auth().oauth2(signedWithPreviousKey("manager")).get("/api/gateway/info").then().statusCode(200)
                .body("sub", equalTo("manager@north"));
    }

    @Test
    void newTokensAreSignedWithTheCurrentKey() {
        String token = given().contentType("application/json")
                .body("{\"username\":\"manager@north\",\"password\":\"bakery-demo\"}").post("/auth/token")
                .then().statusCode(200).extract().path("access_token");
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        org.junit.jupiter.api.Assertions.assertTrue(header.contains(TestKeys.keyId("signing")), header);
    }
}
