package com.bakery.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.gateway.RedisLink;
import com.bakery.testing.Management;
import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

    /** Tenant "ratelimited" has 60 per minute and a bucket of 5 per user in the test profile. */
    private static String limitedUser() {
        return TestTokens.token("user-" + UUID.randomUUID(), "ratelimited", "manager");
    }

    @Inject
    RateLimiter limiter;

    @Inject
    io.vertx.mutiny.redis.client.Redis client;

    @Inject
    io.vertx.core.Vertx vertx;

    @Inject
    RateLimitConfig config;

    @Test
    void answersCarryTheLimitAndABurstBeyondItIs429WithRetryAfter() {
        String token = limitedUser();
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).get("/api/inventory/things").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", String.valueOf(4 - i));
        }
        given().auth().oauth2(token).get("/api/inventory/things").then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("rate_limited"))
                .header("Retry-After", "1").header("RateLimit-Remaining", "0");
        // another user of the same tenant has a bucket of its own
        given().auth().oauth2(limitedUser()).get("/api/inventory/things").then().statusCode(200);
    }

    /** Two replicas sharing one Redis, 100 attempts at once on a bucket of 10: exactly 10 pass. */
    @Test
    void twoReplicasSharingRedisNeverAdmitMoreThanTheLimit() {
        RateLimiter other = new RateLimiter(client, vertx, config);
        RateLimiter.Limit limit = new RateLimiter.Limit(1, 10);
        List<String> bucket = List.of("exactness:" + UUID.randomUUID());
        List<Uni<Decision>> attempts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            attempts.add((i % 2 == 0 ? limiter : other).take(bucket, limit, 1));
        }
        List<Decision> decisions = Uni.join().all(attempts).andFailFast().await().atMost(Duration.ofSeconds(20));
        assertEquals(10, decisions.stream().filter(Decision::allowed).count(), decisions.stream()
                .map(d -> d.source() + ":" + d.allowed() + ":" + d.remaining()).toList().toString());
        assertTrue(decisions.stream().allMatch(d -> d.source() == Decision.Source.REDIS));
    }

    /**
     * Tenant "leased" gives each user a bucket of 500 (refilling 1 a minute): a busy caller's tokens are leased
     * ahead from Redis, so it asks Redis a few dozen times for hundreds of requests, and two replicas together still
     * admit no more than the bucket holds.
     */
    @Test
    void aBusyCallerLeasesTokensAheadYetReplicasNeverAdmitMoreThanTheBucket() {
        RateLimiter other = new RateLimiter(client, vertx, config);
        String caller = "busy-" + UUID.randomUUID();
        long callsBefore = scriptCalls();
        int allowed = 0;
        for (int i = 0; i < 400; i++) {
            allowed += takes(i % 2 == 0 ? limiter : other, caller);
        }
        long calls = scriptCalls() - callsBefore;
        assertEquals(400, allowed);
        assertTrue(calls < 100, "Redis was asked " + calls + " times for 400 requests");

        for (int i = 0; i < 400; i++) {
            allowed += takes(i % 2 == 0 ? limiter : other, caller);
        }
        // at most the bucket; less only by what a lease that lapsed unused still held (each replica's, at most 25)
        assertTrue(allowed <= 500 && allowed >= 450, allowed + " of 800 admitted on a bucket of 500");
    }

    private static int takes(RateLimiter replica, String caller) {
        return replica.take("leased", caller, "inventory").await().atMost(Duration.ofSeconds(5)).allowed() ? 1 : 0;
    }

    private long scriptCalls() {
        String stats = client.send(Request.cmd(Command.INFO).arg("commandstats")).await()
                .atMost(Duration.ofSeconds(5)).toString();
        return Pattern.compile("cmdstat_eval(?:sha)?:calls=(\\d+)").matcher(stats).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).sum();
    }

    @Test
    void withRedisGoneRequestsGoOnUnderTheInMemoryLimiterAndRedisIsUsedAgainWhenBack() {
        String token = limitedUser();
        RedisLink.cut();
        try {
            given().auth().oauth2(token).get("/api/inventory/things").then().statusCode(200)
                    .header("RateLimit-Limit", "5");
            await().atMost(Duration.ofSeconds(10)).until(() -> Management.given().get("/q/health/ready").then().extract()
                    .path("checks.find { it.name == 'rate-limiter' }.data.limits").toString().startsWith("in-memory"));
            for (int i = 0; i < 4; i++) {
                given().auth().oauth2(token).get("/api/inventory/things").then().statusCode(200);
            }
            given().auth().oauth2(token).get("/api/inventory/things").then().statusCode(429);
        } finally {
            RedisLink.restore();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> "up".equals(Management.given().get("/q/health/ready").then()
                .extract().path("checks.find { it.name == 'rate-limiter' }.data.redis")));
        Response back = given().auth().oauth2(limitedUser()).get("/api/inventory/things");
        assertEquals(200, back.statusCode());
        assertEquals("4", back.header("RateLimit-Remaining"));
    }

    @Test
    void failClosedRefusesWith503WhileRedisIsGone() {
        RateLimitConfig closed = (RateLimitConfig) Proxy.newProxyInstance(
                RateLimitConfig.class.getClassLoader(), new Class<?>[] { RateLimitConfig.class },
                (proxy, method, args) -> method.getName().equals("failurePolicy")
                        ? RateLimitConfig.FailurePolicy.CLOSED
                        : method.invoke(config, args));
        RateLimiter strict = new RateLimiter(client, vertx, closed);
        RedisLink.cut();
        try {
            Decision d = strict.take("t", "u", "inventory").await().atMost(Duration.ofSeconds(5));
            assertEquals(Decision.Source.UNAVAILABLE, d.source());
        } finally {
            RedisLink.restore();
        }
    }

    private static io.restassured.response.ValidatableResponse login(String from, String user, String password) {
        return given().header("X-Forwarded-For", from).contentType("application/json")
                .body("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}").post("/auth/token").then();
    }

    @Test
    void repeatedFailedLoginsAreThrottledPerUserAndAddress() {
        String from = "2001:db8::" + Integer.toHexString((int) (Math.random() * 0xffff));
        String user = "nobody-" + UUID.randomUUID() + "@north";
        for (int i = 0; i < 5; i++) {
            login(from, user, "wrong").statusCode(401);
        }
        login(from, user, "wrong").statusCode(429).body("code", equalTo("login_throttled"));
    }

    @Test
    void anAttackerGuessingAKnownNameDoesNotLockItsOwnerOut() {
        String attacker = "2001:db8:a::" + Integer.toHexString((int) (Math.random() * 0xffff));
        for (int i = 0; i < 5; i++) {
            login(attacker, "cashier@south", "guess-" + i).statusCode(401);
        }
        login(attacker, "cashier@south", "guess-5").statusCode(429);
        // the cashier at the shop's till, another address, signs in as ever
        login("2001:db8:b::" + Integer.toHexString((int) (Math.random() * 0xffff)), "cashier@south",
                com.bakery.gateway.Logins.DEMO_PASSWORD).statusCode(200);
    }

    @Test
    void parallelGuessesAreChargedBeforeAnyIsChecked() throws Exception {
        String from = "2001:db8:c::" + Integer.toHexString((int) (Math.random() * 0xffff));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String guess = "parallel-guess-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return login(from, "baker@south", guess).extract().statusCode();
            }));
        }
        start.countDown();
        int checked = 0;
        int throttled = 0;
        for (java.util.concurrent.Future<Integer> answer : answers) {
            int status = answer.get();
            checked += status == 401 ? 1 : 0;
            throttled += status == 429 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(5, checked, "only the bucket's five guesses were checked");
        assertEquals(5, throttled);
    }
}
