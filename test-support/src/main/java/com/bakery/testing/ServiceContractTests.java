package com.bakery.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.bakery.common.session.SessionRevocations;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every service keeps (ARCHITECTURE.md): health, version, OpenAPI, and {@code /api/<service>/info}
 * behind a JWT it verifies itself. Each service runs these with a three-line {@code @QuarkusTest} subclass.
 */
public abstract class ServiceContractTests {

    /** The path segment: inventory, sales, payments, classifier. */
    protected abstract String service();

    private String module() {
        return service() + "-service";
    }

    private String info() {
        return "/api/" + service() + "/info";
    }

    @Test
    void isLiveOnItsManagementInterface() {
        Management.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyWithItsDatabase() {
        Management.given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void showsVersionAndGitShaWithoutToken() {
        given().when().get("/version")
                .then().statusCode(200)
                .body("service", equalTo(module()))
                .body("version", equalTo("0.1.0-SNAPSHOT"))
                .body("gitSha", not(emptyOrNullString()));
    }

    @Test
    void echoesTheRequestIdOrMakesOne() {
        given().header("X-Request-Id", "contract-42").when().get("/version").then().statusCode(200)
                .header("X-Request-Id", "contract-42");
        given().when().get("/version").then().statusCode(200)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void servesItsOpenApiDocumentAndMetricsOnItsManagementInterface() {
        Management.given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths", hasKey(info()));
        Management.given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void servesNoHealthMetricsOrOpenApiOnItsMainPort() {
        for (String path : new String[] { "/q/health/ready", "/q/metrics", "/q/openapi" }) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void answersWithTheIdentityReadFromAValidToken() {
        given().auth().oauth2(TestTokens.token("baker@north", "north", "baker", "manager"))
                .when().get(info())
                .then().statusCode(200)
                .body("service", equalTo(module()))
                .body("version", not(emptyOrNullString()))
                .body("gitSha", not(emptyOrNullString()))
                .body("sub", equalTo("baker@north"))
                .body("tenant", equalTo("north"))
                .body("groups", containsInAnyOrder("baker", "manager"));
    }

    @Test
    void refusesARequestWithoutToken() {
        given().when().get(info())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        given().auth().oauth2(TestTokens.foreignToken("baker@north", "north", "baker"))
                .when().get(info())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesAnExpiredToken() {
        given().auth().oauth2(TestTokens.expiredToken("baker@north", "north", "baker"))
                .when().get(info())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesATokenWithoutTenant() {
        given().auth().oauth2(TestTokens.token("baker@north", null, "baker"))
                .when().get(info())
                .then().statusCode(401).body("code", equalTo("token_without_tenant"));
    }

    @Test
    void refusesTheTokensOfASessionTheGatewayEnded() {
        String session = UUID.randomUUID().toString();
        String ended = TestTokens.sessionToken(session, "cashier@north", "north", "cashier");
        String other = TestTokens.sessionToken(UUID.randomUUID().toString(), "cashier@north", "north", "cashier");
        given().auth().oauth2(ended).when().get(info()).then().statusCode(200);

        // what the gateway writes when a session ends (sign-out, a reused refresh token, a disabled user)
        endSession(session);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(ended).when().get(info())
                .then().statusCode(401).contentType("application/problem+json"));
        given().auth().oauth2(other).when().get(info()).then().statusCode(200);
    }

    /** Adds the session to the revocation list in Redis, as the gateway does (a client of its own: the packaged
     * service of a {@code @QuarkusIntegrationTest} shares no beans with the test). */
    private static void endSession(String session) {
        Vertx vertx = Vertx.vertx();
        try {
            String url = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
            Redis.createClient(vertx, url).send(Request.cmd(Command.ZADD).arg(SessionRevocations.KEY)
                    .arg(System.currentTimeMillis() / 1000 + 300).arg(session))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Redis did not take the revocation", e);
        } finally {
            vertx.close();
        }
    }
}
