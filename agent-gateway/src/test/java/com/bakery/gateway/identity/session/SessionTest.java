package com.bakery.gateway.identity.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.bakery.gateway.Logins;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Sign-in sessions: rotating refresh tokens, a reused one ending its family, sign-out, revocation, lifetimes. */
@QuarkusTest
class SessionTest {

    private static final String PASSWORD = "a-shift-long-password";

    /** A user of tenant north of their own, so ending their sessions touches no other test. */
    private static String newCashier() {
        String name = "till-" + UUID.randomUUID().toString().substring(0, 8) + "@north";
        given().auth().oauth2(Logins.tokenFor("admin@north")).contentType("application/json")
                .body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"cashier\"]}")
                .post("/api/admin/users").then().statusCode(201);
        return name;
    }

    private static JsonPath signIn(String username) {
        return given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/auth/token").then().statusCode(200).extract().jsonPath();
    }

    private static Response refresh(String refreshToken) {
        return given().contentType("application/json").body("{\"refresh_token\":\"" + refreshToken + "\"}")
                .post("/auth/session/refresh");
    }

    private static int infoStatus(String accessToken) {
        return given().auth().oauth2(accessToken).get("/api/gateway/info").statusCode();
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    @Test
    void aSignInOpensASessionOfTwelveHoursWhoseRefreshTokenRotates() {
        JsonPath first = signIn(newCashier());
        assertEquals(43_200, first.getInt("refresh_expires_in"));
        String refreshToken = first.getString("refresh_token");
        String sid = JsonPath.from(claims(first.getString("access_token"))).getString("sid");

        JsonPath second = refresh(refreshToken).then().statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
                .extract().jsonPath();
        assertNotEquals(refreshToken, second.getString("refresh_token"));
        assertEquals(sid, JsonPath.from(claims(second.getString("access_token"))).getString("sid"));
        assertEquals(200, infoStatus(second.getString("access_token")));
        refresh(second.getString("refresh_token")).then().statusCode(200);
    }

    @Test
    void aRotatedTokenPresentedAgainEndsTheWholeSession() {
        JsonPath signedIn = signIn(newCashier());
        String stolen = signedIn.getString("refresh_token");
        JsonPath legitimate = refresh(stolen).then().statusCode(200).extract().jsonPath();

        refresh(stolen).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("refresh_token_reused"));
        refresh(legitimate.getString("refresh_token")).then().statusCode(401).body("code", equalTo("session_ended"));
        assertEquals(401, infoStatus(legitimate.getString("access_token")));
        assertEquals(401, infoStatus(signedIn.getString("access_token")));
    }

    @Test
    void twoRefreshesWithOneTokenAtOnceGiveOneSessionAtMost() throws Exception {
        String token = signIn(newCashier()).getString("refresh_token");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return refresh(token);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> issued = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 200) {
                issued.add(response.jsonPath().getString("refresh_token"));
            }
        }
        pool.shutdown();
        assertEquals(List.of(200, 401), statuses.stream().sorted().toList());
        // the loser presented a used token: the session is ended, so the winner's token is refused as well
        refresh(issued.get(0)).then().statusCode(401).body("code", equalTo("session_ended"));
    }

    @Test
    void theConsoleKeepsItsRefreshTokenInAStrictHttpOnlyCookieOfTheSessionPath() {
        String name = newCashier();
        Response signedIn = given().contentType("application/json")
                .body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"refreshTokenIn\":\"cookie\"}")
                .post("/auth/token");
        signedIn.then().statusCode(200).body("refresh_token", nullValue()).body("access_token", notNullValue())
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("Secure"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .header("Set-Cookie", containsString("Path=/auth/session"));
        String cookie = signedIn.getCookie("bakery_refresh");

        Response refreshed = given().contentType("application/json").cookie("bakery_refresh", cookie).body("{}")
                .post("/auth/session/refresh");
        refreshed.then().statusCode(200).body("refresh_token", nullValue());
        String next = refreshed.getCookie("bakery_refresh");
        assertNotEquals(cookie, next);

        given().contentType("application/json").cookie("bakery_refresh", next).body("{}")
                .post("/auth/session/sign-out").then().statusCode(204)
                .header("Set-Cookie", containsString("Max-Age=0"));
        given().contentType("application/json").cookie("bakery_refresh", next).body("{}")
                .post("/auth/session/refresh").then().statusCode(401).body("code", equalTo("session_ended"))
                .header("Set-Cookie", containsString("Max-Age=0"));
        assertEquals(401, infoStatus(refreshed.jsonPath().getString("access_token")));
    }

    @Test
    void signingOutEndsTheAccessTokensAtOnce() {
        JsonPath signedIn = signIn(newCashier());
        String access = signedIn.getString("access_token");
        assertEquals(200, infoStatus(access));
        given().contentType("application/json").body("{\"refresh_token\":\"" + signedIn.getString("refresh_token")
                + "\"}").post("/auth/session/sign-out").then().statusCode(204);
        given().auth().oauth2(access).get("/api/gateway/info").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void disablingOrResettingAUserEndsTheirSessions() {
        String admin = Logins.tokenFor("admin@north");
        String name = newCashier();
        JsonPath signedIn = signIn(name);
        int id = given().auth().oauth2(admin).get("/api/admin/users").jsonPath()
                .getInt("items.find { it.username == '" + name + "' }.id");
        given().auth().oauth2(admin).contentType("application/json").body("{\"enabled\":false}")
                .put("/api/admin/users/" + id).then().statusCode(200);
        assertEquals(401, infoStatus(signedIn.getString("access_token")));
        refresh(signedIn.getString("refresh_token")).then().statusCode(401).body("code", equalTo("session_ended"));

        given().auth().oauth2(admin).contentType("application/json").body("{\"enabled\":true}")
                .put("/api/admin/users/" + id).then().statusCode(200);
        JsonPath again = signIn(name);
        given().auth().oauth2(admin).contentType("application/json").body("{\"password\":\"another-long-password\"}")
                .put("/api/admin/users/" + id).then().statusCode(200);
        assertEquals(401, infoStatus(again.getString("access_token")));
    }

    @Test
    void badRefreshesAreRefusedWithAProblem() {
        given().contentType("application/json").body("{}").post("/auth/session/refresh").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("no_refresh_token"));
        refresh("not-a-token").then().statusCode(401).body("code", equalTo("invalid_refresh_token"));
        given().contentType("text/plain").body("x").post("/auth/session/refresh").then().statusCode(415);
        given().contentType("application/json").body("{\"refresh_token\":\"" + "x".repeat(201) + "\"}")
                .post("/auth/session/refresh").then().statusCode(400).body("errors[0].field", containsString(
                        "refresh"));
    }

    @Test
    void anAdminSeesTheOpenSessionsOfTheirTenantAndEndsOne() {
        String name = newCashier();
        JsonPath signedIn = signIn(name);
        String sid = JsonPath.from(claims(signedIn.getString("access_token"))).getString("sid");
        String admin = Logins.tokenFor("admin@north");
        given().auth().oauth2(admin).get("/api/admin/sessions").then().statusCode(200)
                .body("items.id", hasItem(sid)).body("items.find { it.id == '" + sid + "' }.username", equalTo(name));
        given().auth().oauth2(Logins.tokenFor("admin@south")).get("/api/admin/sessions").then().statusCode(200)
                .body("items.id", not(hasItem(sid)));
        given().auth().oauth2(Logins.tokenFor("admin@south")).delete("/api/admin/sessions/" + sid).then()
                .statusCode(404);
        given().auth().oauth2(Logins.tokenFor("manager@north")).get("/api/admin/sessions").then().statusCode(403);

        given().auth().oauth2(admin).delete("/api/admin/sessions/" + sid).then().statusCode(204);
        assertEquals(401, infoStatus(signedIn.getString("access_token")));
        refresh(signedIn.getString("refresh_token")).then().statusCode(401).body("code", equalTo("session_ended"));
    }

    @Test
    void aTenantSetsHowLongItsSessionsLast() {
        String admin = Logins.tokenFor("admin@north");
        try {
            given().auth().oauth2(admin).contentType("application/json").body("{\"lifetimeMinutes\":30}")
                    .put("/api/admin/sessions/settings").then().statusCode(200).body("lifetimeMinutes", equalTo(30));
            assertEquals(1_800, signIn(newCashier()).getInt("refresh_expires_in"));

            given().auth().oauth2(admin).contentType("application/json").body("{\"lifetimeMinutes\":5}")
                    .put("/api/admin/sessions/settings").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("lifetimeMinutes"));
            given().auth().oauth2(admin).contentType("application/json").body("{}")
                    .put("/api/admin/sessions/settings").then().statusCode(400)
                    .body("errors[0].field", containsString("lifetimeMinutes"));
            given().auth().oauth2(admin).get("/api/admin/sessions/settings").then().body("lifetimeMinutes",
                    equalTo(30));
        } finally {
            given().auth().oauth2(admin).contentType("application/json").body("{\"lifetimeMinutes\":720}")
                    .put("/api/admin/sessions/settings").then().statusCode(200);
        }
    }
}
