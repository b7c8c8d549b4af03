package com.bakery.gateway.identity.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.gateway.Logins;
import com.bakery.gateway.db.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff invitations: a one-time code to choose one's own password (and PIN); used, withdrawn, expired refused. */
@QuarkusTest
class InvitationTest {

    private static final String PASSWORD = "my-own-long-password";

    @Inject
    Database db;

    private static String admin() {
        return Logins.tokenFor("admin@north");
    }

    private static String name(String role) {
        return role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@north";
    }

    private static JsonPath invite(String username, String role) {
        return given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("username", username, "roles", new String[] { role })).post("/api/admin/invitations")
                .then().statusCode(201).header("Cache-Control", "no-store").extract().jsonPath();
    }

    private static Response accept(String code, String password, String pin) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "password", password));
        if (pin != null) {
            body.put("pin", pin);
        }
        return given().contentType("application/json").body(body).post("/auth/invitations/accept");
    }

    @Test
    void anInviteeChoosesTheirPasswordAndPinWithTheCodeOnce() {
        String baker = name("baker");
        JsonPath invitation = invite(baker, "baker");
        String code = invitation.getString("code");
        given().auth().oauth2(admin()).get("/api/admin/invitations").then()
                .body("items.username", hasItem(baker)).body("items.code", not(hasItem(code)));
        assertEquals("/#/join?code=" + code, invitation.getString("link"));

        accept(code, PASSWORD, "2580").then().statusCode(200).body("access_token", not(equalTo(null)));
        given().contentType("application/json").body(Map.of("username", baker, "password", PASSWORD))
                .post("/auth/token").then().statusCode(200);
        given().auth().oauth2(admin()).get("/api/admin/users").then()
                .body("items.find { it.username == '" + baker + "' }.roles", equalTo(List.of("baker")))
                .body("items.find { it.username == '" + baker + "' }.hasPin", equalTo(true));
        accept(code, PASSWORD, null).then().statusCode(410).contentType("application/problem+json")
                .body("code", equalTo("invitation_used"));
        given().auth().oauth2(admin()).get("/api/admin/invitations").then().body("items.username", not(hasItem(baker)));
    }

    @Test
    void unknownWithdrawnAndExpiredCodesAreRefused() {
        accept("no-such-code", PASSWORD, null).then().statusCode(404).body("code", equalTo("invitation_unknown"));

        JsonPath withdrawn = invite(name("cashier"), "cashier");
        given().auth().oauth2(Logins.tokenFor("admin@south")).delete("/api/admin/invitations/"
                + withdrawn.getString("id")).then().statusCode(404);
        given().auth().oauth2(admin()).delete("/api/admin/invitations/" + withdrawn.getString("id")).then()
                .statusCode(204);
        accept(withdrawn.getString("code"), PASSWORD, null).then().statusCode(410)
                .body("code", equalTo("invitation_withdrawn"));

        JsonPath expired = invite(name("cashier"), "cashier");
        db.update("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = ?",
                UUID.fromString(expired.getString("id")));
        accept(expired.getString("code"), PASSWORD, null).then().statusCode(410)
                .body("code", equalTo("invitation_expired"));
    }

    @Test
    void badInvitationsAndBadAcceptancesAreRefusedAndTheCodeStillWorks() {
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("username", "someone@south", "roles", new String[] { "baker" }))
                .post("/api/admin/invitations").then().statusCode(400).body("errors[0].field", equalTo("username"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("username", name("x"), "roles", new String[] { "chef" }))
                .post("/api/admin/invitations").then().statusCode(400).body("errors[0].field", equalTo("roles"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("username", "manager@north", "roles", new String[] { "baker" }))
                .post("/api/admin/invitations").then().statusCode(409).body("code", equalTo("username_taken"));
        given().auth().oauth2(Logins.tokenFor("manager@north")).contentType("application/json")
                .body(Map.of("username", name("x"), "roles", new String[] { "baker" }))
                .post("/api/admin/invitations").then().statusCode(403);

        String cashier = name("cashier");
        String code = invite(cashier, "cashier").getString("code");
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("username", cashier, "roles", new String[] { "cashier" }))
                .post("/api/admin/invitations").then().statusCode(409).body("code", equalTo("invitation_pending"));
        accept(code, "short", null).then().statusCode(400).body("errors[0].field", containsString("password"));
        accept(code, PASSWORD, "1234").then().statusCode(400).body("errors[0].field", equalTo("pin"));
        given().contentType("application/json").body(Map.of("username", cashier, "password", PASSWORD))
                .post("/auth/token").then().statusCode(401);
        accept(code, PASSWORD, "8024").then().statusCode(200);
    }
}
