package com.bakery.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.bakery.gateway.identity.user.DemoUsers;
import com.bakery.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @ConfigProperty(name = "gateway.services.inventory")
    URI upstream;
    @Inject
    DemoUsers demo;

    /** The demo users are made after start, and the gateway is not ready before (DemoUsersTest shows it). */
    @BeforeEach
    void demoUsersMade() {
        demo.awaitReady(Duration.ofSeconds(30));
    }

    @AfterEach
    void upstreamReadyAgain() {
        setUpstreamReady(true);
    }

    @Test
    void isLive() {
        Management.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyWithItsDatabaseAndRedis() {
        Management.given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "rate-limiter", "demo-users"))
                .body("checks.find { it.name == 'demo-users' }.data.state", equalTo("ready"))
                .body("checks.find { it.name == 'rate-limiter' }.data.redis", equalTo("up"))
                .body("checks.find { it.name == 'rate-limiter' }.data.limits", equalTo("redis (shared by replicas)"));
    }

    @Test
    void healthzAggregatesEveryServiceWithVersion() {
        given().when().get("/healthz")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("version", equalTo("0.1.0-SNAPSHOT"))
                .body("gitSha", not(emptyOrNullString()))
                .body("services.gateway.status", equalTo("UP"))
                .body("services.inventory.status", equalTo("UP"))
                .body("services.sales.status", equalTo("UP"))
                .body("services.payments.status", equalTo("UP"))
                .body("services.classifier.status", equalTo("UP"))
                // internal addresses are not published
                .body("services.inventory.url", org.hamcrest.Matchers.nullValue())
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("127.0.0.1")));
    }

    @Test
    void healthzIs503WhenAServiceIsNotReady() {
        setUpstreamReady(false);
        given().when().get("/healthz")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("services.gateway.status", equalTo("UP"))
                .body("services.inventory.status", equalTo("DOWN"));
    }

    @Test
    void showsVersionAndGitShaWithoutToken() {
        given().when().get("/version")
                .then().statusCode(200)
                .body("service", equalTo("agent-gateway"))
                .body("gitSha", not(emptyOrNullString()));
    }

    private void setUpstreamReady(boolean up) {
        given().baseUri(upstream.toString()).when().post("/__stub/ready?up=" + up).then().statusCode(200);
    }
}
