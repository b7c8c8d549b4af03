package com.bakery.gateway.identity.user;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoUsersTest {

    @Inject
    DemoUsers demo;
    @Inject
    UserConfig config;
    @Inject
    UserService users;
    @Inject
    UserRepository repository;
    @Inject
    PasswordHasher hasher;

    @Test
    void aChangedDemoPasswordReachesEveryDemoUserAtTheNextStart() {
        String password = config.demo().password();
        String changed = hasher.hash("an-older-demo-password");
        every((tenant, role) -> {
            User user = repository.findByUsername(DemoUsers.username(tenant, role)).orElseThrow();
            user.passwordHash = changed;
            repository.update(user);
        });
        assertFalse(hasPassword(DemoUsers.username("south", Role.values()[1]), password));

        demo.seed();

        every((tenant, role) -> assertTrue(hasPassword(DemoUsers.username(tenant, role), password),
                DemoUsers.username(tenant, role)));
    }

    @Test
    void theGatewayIsNotReadyWhileTheDemoUsersAreBeingMade() {
        HealthCheckResponse making = new DemoUsersReadiness(new DemoUsers(config, users)).call();
        assertEquals(HealthCheckResponse.Status.DOWN, making.getStatus());
        assertEquals("being made", making.getData().orElseThrow().get("state"));

        demo.awaitReady(Duration.ofSeconds(30));
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'demo-users' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'demo-users' }.data.state", equalTo("ready"));
    }

    private boolean hasPassword(String username, String password) {
        return users.hasPassword(username, password);
    }

    private static void every(java.util.function.BiConsumer<String, Role> action) {
        for (String tenant : DemoUsers.TENANTS) {
            for (Role role : Role.values()) {
                action.accept(tenant, role);
            }
        }
    }
}
