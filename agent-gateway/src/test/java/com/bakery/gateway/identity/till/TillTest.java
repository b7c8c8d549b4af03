package com.bakery.gateway.identity.till;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.gateway.Logins;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Registered tills and the PIN switch: who may switch in where, lockout, revocation. */
@QuarkusTest
class TillTest {

    private static final String PASSWORD = "a-shift-long-password";

    private static String admin(String tenant) {
        return Logins.tokenFor("admin@" + tenant);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A till of north: its id and device token. */
    private static JsonPath register(String name) {
        return given().auth().oauth2(admin("north")).contentType("application/json")
                .body("{\"name\":\"" + name + "\"}").post("/api/admin/tills").then().statusCode(201)
                .header("Cache-Control", "no-store").extract().jsonPath();
    }

    /** A cashier of the tenant with this PIN; answers their user name. */
    private static String cashier(String tenant, String pin) {
        String name = "pin-" + unique() + "@" + tenant;
        int id = given().auth().oauth2(admin(tenant)).contentType("application/json")
                .body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"cashier\"]}")
                .post("/api/admin/users").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin(tenant)).contentType("application/json").body("{\"pin\":\"" + pin + "\"}")
                .put("/api/admin/users/" + id).then().statusCode(200).body("hasPin", equalTo(true))
                .body("pinLocked", equalTo(false));
        return name;
    }

    private static Response switchIn(String deviceToken, String username, String pin, String from) {
        return given().header("X-Forwarded-For", from).contentType("application/json")
                .body(Map.of("username", username, "pin", pin, "deviceToken", deviceToken))
                .post("/auth/till/switch");
    }

    private static Response switchIn(String deviceToken, String username, String pin) {
        return switchIn(deviceToken, username, pin, "198.19.0." + (1 + (int) (Math.random() * 250)));
    }

    private static JsonPath claims(String jwt) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])));
    }

    private static int infoStatus(String accessToken) {
        return given().auth().oauth2(accessToken).get("/api/gateway/info").statusCode();
    }

    @Test
    void anAdminRegistersThisDeviceAsATillAndItKnowsItselfByItsCookie() {
        String name = "Front counter " + unique();
        Response registered = given().auth().oauth2(admin("north")).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"thisDevice\":true}").post("/api/admin/tills");
        registered.then().statusCode(201).body("name", equalTo(name))
                .header("Set-Cookie", containsString("HttpOnly")).header("Set-Cookie", containsString("Secure"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .header("Set-Cookie", containsString("Path=/auth/till"));
        String cookie = registered.getCookie("bakery_till");
        assertEquals(registered.jsonPath().getString("deviceToken"), cookie);

        given().cookie("bakery_till", cookie).get("/auth/till").then().statusCode(200)
                .body("registered", equalTo(true)).body("name", equalTo(name));
        given().get("/auth/till").then().statusCode(200).body("registered", equalTo(false));
        given().auth().oauth2(admin("north")).get("/api/admin/tills").then().body("items.name", hasItem(name));
        given().auth().oauth2(admin("south")).get("/api/admin/tills").then().body("items.name", not(hasItem(name)));
    }

    @Test
    void badTillsAndPinsAreRefusedNamingTheField() {
        String name = "Back " + unique();
        register(name);
        given().auth().oauth2(admin("north")).contentType("application/json").body("{\"name\":\"" + name + "\"}")
                .post("/api/admin/tills").then().statusCode(409).body("code", equalTo("till_name_taken"));
        given().auth().oauth2(admin("north")).contentType("application/json").body("{\"name\":\" \"}")
                .post("/api/admin/tills").then().statusCode(400).body("errors[0].field", containsString("name"));
        given().auth().oauth2(Logins.tokenFor("manager@north")).contentType("application/json")
                .body("{\"name\":\"Mine\"}").post("/api/admin/tills").then().statusCode(403);

        String user = cashier("north", "4821");
        int id = given().auth().oauth2(admin("north")).get("/api/admin/users").jsonPath()
                .getInt("items.find { it.username == '" + user + "' }.id");
        for (String pin : List.of("12", "1234567", "12a4", "7777", "1234", "6543")) {
            given().auth().oauth2(admin("north")).contentType("application/json").body("{\"pin\":\"" + pin + "\"}")
                    .put("/api/admin/users/" + id).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("pin"));
        }
    }

    @Test
    void aCashierSwitchesInByPinAndTheirTokensNameTheTill() {
        JsonPath till = register("Till " + unique());
        String user = cashier("north", "4821");
        JsonPath signedIn = switchIn(till.getString("deviceToken"), user, "4821").then().statusCode(200)
                .extract().jsonPath();
        JsonPath claims = claims(signedIn.getString("access_token"));
        assertEquals(user, claims.getString("sub"));
        assertEquals(till.getString("id"), claims.getString("till"));
        assertEquals(till.getString("name"), claims.getString("till_name"));

        JsonPath refreshed = given().contentType("application/json")
                .body("{\"refresh_token\":\"" + signedIn.getString("refresh_token") + "\"}")
                .post("/auth/session/refresh").then().statusCode(200).extract().jsonPath();
        assertEquals(till.getString("id"), claims(refreshed.getString("access_token")).getString("till"));
        given().auth().oauth2(admin("north")).get("/api/admin/sessions").then()
                .body("items.find { it.username == '" + user + "' }.till", equalTo(till.getString("name")));
    }

    @Test
    void theNextCashierSwitchingInEndsTheSessionOfThePreviousOne() {
        String device = register("Till " + unique()).getString("deviceToken");
        String first = cashier("north", "4821");
        String second = cashier("north", "5930");
        String firstToken = switchIn(device, first, "4821").then().statusCode(200).extract().path("access_token");
        assertEquals(200, infoStatus(firstToken));
        switchIn(device, second, "5930").then().statusCode(200);
        assertEquals(401, infoStatus(firstToken));
    }

    @Test
    void aWrongPinAnotherTenantsUserOrAnUnknownDeviceGetNothing() {
        String device = register("Till " + unique()).getString("deviceToken");
        String user = cashier("north", "4821");
        String southern = cashier("south", "4821");
        switchIn(device, user, "4822").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("invalid_credentials"));
        switchIn(device, southern, "4821").then().statusCode(401).body("code", equalTo("invalid_credentials"));
        switchIn("not-a-device", user, "4821").then().statusCode(401).body("code", equalTo("unknown_till"));
        given().contentType("application/json").body(Map.of("username", user, "deviceToken", device))
                .post("/auth/till/switch").then().statusCode(400).body("errors[0].field", containsString("pin"));
    }

    @Test
    void aPinBruteForceFromManyAddressesAtOnceChecksFiveGuessesThenLocksThePin() throws Exception {
        String device = register("Till " + unique()).getString("deviceToken");
        String user = cashier("north", "4821");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> guesses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String guess = String.valueOf(5000 + i * 7);
            String from = "198.18.7." + (10 + i);
            guesses.add(pool.submit(() -> {
                start.await();
                return switchIn(device, user, guess, from);
            }));
        }
        start.countDown();
        Map<String, Integer> codes = new TreeMap<>();
        for (Future<Response> guess : guesses) {
            codes.merge(guess.get().jsonPath().getString("code"), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(Map.of("invalid_credentials", 5, "pin_locked", 5), codes);

        switchIn(device, user, "4821").then().statusCode(403).body("code", equalTo("pin_locked"));
        int id = given().auth().oauth2(admin("north")).get("/api/admin/users").jsonPath()
                .getInt("items.find { it.username == '" + user + "' }.id");
        given().auth().oauth2(admin("north")).get("/api/admin/users/" + id).then().body("pinLocked", equalTo(true));

        // the staff member sets a new PIN with their password, which unlocks it
        given().contentType("application/json").body(Map.of("username", user, "password", "wrong", "pin", "3907"))
                .put("/auth/pin").then().statusCode(401);
        given().contentType("application/json").body(Map.of("username", user, "password", PASSWORD, "pin", "3907"))
                .put("/auth/pin").then().statusCode(204);
        switchIn(device, user, "3907").then().statusCode(200);
    }

    @Test
    void aManagerApprovesADiscountAtTheTillWithTheirPinAndTheApprovalIsNoAccessToken() {
        JsonPath till = register("Till " + unique());
        String device = till.getString("deviceToken");
        String cashier = cashier("north", "4821");
        String manager = "mgr-" + unique() + "@north";
        int id = given().auth().oauth2(admin("north")).contentType("application/json")
                .body("{\"username\":\"" + manager + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"manager\"]}")
                .post("/api/admin/users").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin("north")).contentType("application/json").body("{\"pin\":\"7391\"}")
                .put("/api/admin/users/" + id).then().statusCode(200);

        JsonPath approval = given().contentType("application/json").body(Map.of("username", manager, "pin", "7391",
                "action", "discount", "deviceToken", device)).post("/auth/till/approve").then().statusCode(200)
                .body("approvedBy", equalTo(manager)).body("expiresIn", equalTo(120)).extract().jsonPath();
        JsonPath claims = claims(approval.getString("approvalToken"));
        assertEquals("bakery-approval", claims.getString("aud"));
        assertEquals("discount", claims.getString("approval"));
        assertEquals(till.getString("id"), claims.getString("till"));
        assertEquals(401, infoStatus(approval.getString("approvalToken")));

        given().contentType("application/json").body(Map.of("username", cashier, "pin", "4821", "action", "discount",
                "deviceToken", device)).post("/auth/till/approve").then().statusCode(403)
                .body("code", equalTo("not_a_manager"));
        given().contentType("application/json").body(Map.of("username", manager, "pin", "7392", "action", "discount",
                "deviceToken", device)).post("/auth/till/approve").then().statusCode(401);
        given().contentType("application/json").body(Map.of("username", manager, "pin", "7391", "action", "refund",
                "deviceToken", device)).post("/auth/till/approve").then().statusCode(400);
    }

    @Test
    void revokingATillEndsItsSessionsAndItsDeviceToken() {
        JsonPath till = register("Till " + unique());
        String user = cashier("north", "4821");
        JsonPath signedIn = switchIn(till.getString("deviceToken"), user, "4821").then().statusCode(200)
                .extract().jsonPath();
        given().auth().oauth2(admin("south")).delete("/api/admin/tills/" + till.getString("id")).then()
                .statusCode(404);
        given().auth().oauth2(admin("north")).delete("/api/admin/tills/" + till.getString("id")).then()
                .statusCode(204);

        assertEquals(401, infoStatus(signedIn.getString("access_token")));
        given().contentType("application/json")
                .body("{\"refresh_token\":\"" + signedIn.getString("refresh_token") + "\"}")
                .post("/auth/session/refresh").then().statusCode(401).body("code", equalTo("session_ended"));
        switchIn(till.getString("deviceToken"), user, "4821").then().statusCode(401)
                .body("code", equalTo("unknown_till"));
    }
}
