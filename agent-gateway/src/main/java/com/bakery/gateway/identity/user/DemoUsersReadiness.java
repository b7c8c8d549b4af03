package com.bakery.gateway.identity.user;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the demo users are being made after start, nor when making them failed (see the log). */
@Readiness
@ApplicationScoped
public class DemoUsersReadiness implements HealthCheck {

    private final DemoUsers demo;

    public DemoUsersReadiness(DemoUsers demo) {
        this.demo = demo;
    }

    @Override
    public HealthCheckResponse call() {
        DemoUsers.State state = demo.state();
        return HealthCheckResponse.named("demo-users")
                .status(state == DemoUsers.State.OFF || state == DemoUsers.State.READY)
                .withData("state", state == null ? "being made" : state.name().toLowerCase())
                .build();
    }
}
