package com.bakery.gateway.identity.tenant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TenantCommandTest {

    private static final Pattern ONE_TIME = Pattern.compile("One-time password: (\\S+)");

    @Inject
    TenantCommand command;

    private final String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final String admin = "owner@" + tenant;

    /** What one run of the command did: its exit status and what it printed. */
    record Run(int status, String out, String err) {
        String oneTimePassword() {
            Matcher m = ONE_TIME.matcher(out);
            assertTrue(m.find(), "the one-time password is printed: " + out);
            return m.group(1);
        }
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private io.restassured.response.Response signIn(String username, String password) {
        return given().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").post("/auth/token");
    }

    private io.restassured.response.Response changePassword(String username, String password, String newPassword) {
        return given().contentType("application/json").body("{\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"newPassword\":\"" + newPassword + "\"}").post("/auth/password");
    }

    @Test
    void theFirstAdminSignsInOnceWithTheOneTimePasswordAndMustChooseTheirOwn() {
        Run created = run("create", tenant, "--admin", admin);
        assertEquals(0, created.status(), created.err());
        String oneTime = created.oneTimePassword();

        signIn(admin, oneTime).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("password_change_required"));
        changePassword(admin, oneTime, oneTime).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("newPassword"));
        changePassword(admin, "not-the-password", "the-owners-own-password").then().statusCode(401);
        changePassword(admin, oneTime, "short").then().statusCode(400).body("errors.field", contains("newPassword"));
        String token = changePassword(admin, oneTime, "the-owners-own-password").then().statusCode(200)
                .extract().path("access_token");
        given().auth().oauth2(token).get("/api/gateway/info").then().body("tenant", equalTo(tenant))
                .body("groups", contains("admin"));

        signIn(admin, oneTime).then().statusCode(401);
        String again = signIn(admin, "the-owners-own-password").then().statusCode(200).extract().path("access_token");
        // the admin runs their tenant: a cashier of their own
        given().auth().oauth2(again).contentType("application/json").body("{\"username\":\"till@" + tenant
                + "\",\"password\":\"a-long-password-1\",\"roles\":[\"cashier\"]}").post("/api/admin/users")
                .then().statusCode(201);
        // and the trail shows who made the tenant
        given().auth().oauth2(again).get("/api/admin/audit?limit=200").then().statusCode(200)
                .body("items.find { it.method == 'CLI' }.path", equalTo("tenant create " + tenant + " --admin " + admin))
                .body("items.find { it.method == 'CLI' }.status", equalTo(201))
                .body("items.find { it.method == 'CLI' }.subject", equalTo("operator:" + System.getProperty("user.name")));
    }

    @Test
    void anExistingTenantIsNeverTakenOverAndTheRefusalIsAudited() {
        String first = run("create", tenant, "--admin", admin).oneTimePassword();
        Run second = run("create", tenant, "--admin", "intruder@" + tenant);
        assertEquals(1, second.status());
        assertTrue(second.err().contains("Tenant " + tenant + " exists already"), second.err());
        assertFalse(second.out().contains("One-time password"), second.out());
        assertEquals(1, run("create", tenant, "--admin", admin).status());

        signIn("intruder@" + tenant, "anything-at-all").then().statusCode(401);
        String token = changePassword(admin, first, "the-owners-own-password").then().statusCode(200)
                .extract().path("access_token"); // the first admin's one-time password still holds
        given().auth().oauth2(token).get("/api/admin/audit?limit=200").then().statusCode(200)
                .body("items.findAll { it.method == 'CLI' }.status", contains(201, 409, 409))
                .body("items.denial", hasItem("Tenant " + tenant + " exists already."));
    }

    @Test
    void tenantsMadeAtOnceUnderOneNameMakeOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Run>> attempts = List.of(() -> run("create", tenant, "--admin", "a@" + tenant),
                    () -> run("create", tenant, "--admin", "b@" + tenant),
                    () -> run("create", tenant, "--admin", "c@" + tenant),
                    () -> run("create", tenant, "--admin", "d@" + tenant));
            List<Integer> statuses = pool.invokeAll(attempts).stream().map(TenantCommandTest::status).toList();
            assertEquals(List.of(0, 1, 1, 1), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
    }

    private static int status(Future<Run> run) {
        try {
            return run.get().status();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void badNamesAreRefusedNamingTheFieldAndMakeNothing() {
        Run upper = run("create", "North" + tenant, "--admin", "owner@North" + tenant);
        assertEquals(1, upper.status());
        assertTrue(upper.err().contains("tenant must be a lower-case letter"), upper.err());
        Run elsewhere = run("create", tenant, "--admin", "owner@other");
        assertEquals(1, elsewhere.status());
        assertTrue(elsewhere.err().contains("admin must be a name of letters, digits, . _ or - ending with @" + tenant),
                elsewhere.err());
        Run spaces = run("create", tenant, "--admin", "own er@" + tenant);
        assertEquals(1, spaces.status());
        // none of them made the tenant
        assertEquals(0, run("create", tenant, "--admin", admin).status());
    }

    @Test
    void aCommandThatIsNotUnderstoodPrintsTheUsage() {
        for (String[] args : List.of(new String[] {}, new String[] { "create", tenant },
                new String[] { "delete", tenant, "--admin", admin }, new String[] { "create", tenant, "--owner", admin })) {
            Run run = run(args);
            assertEquals(2, run.status());
            assertTrue(run.err().contains(TenantCommand.USAGE), run.err());
        }
        assertEquals(0, run("create", tenant, "--admin", admin).status(), "nothing was made");
    }
}
