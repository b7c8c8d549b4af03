package com.bakery.gateway.identity.user;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Demo data for dev: tenants north and south, one user per role named {@code <role>@<tenant>}.
 * Missing users are created and a changed BAKERY_DEMO_PASSWORD is applied, so restarting is harmless.
 * <p>
 * Made after the gateway has started, not before it listens: an Argon2 check and the first queries took 1.3 s of
 * its start here, and only a sign-in as a demo user needs them. Until they are ready, readiness says so
 * ({@link DemoUsersReadiness}) and a sign-in waits for them ({@link #awaitReady}).
 */
@ApplicationScoped
public class DemoUsers {

    static final String[] TENANTS = { "north", "south" };
    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    private final UserConfig config;
    private final UserService users;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    public DemoUsers(UserConfig config, UserService users) {
        this.config = config;
        this.users = users;
    }

    void start(@Observes StartupEvent start) {
        if (!config.demo().enabled()) {
            ready.complete(null);
            return;
        }
        Thread seeder = new Thread(() -> {
            try {
                seed(); // through the bean's interceptors: ArC intercepts a bean's calls to itself
                ready.complete(null);
            } catch (RuntimeException e) {
                LOG.error("Demo users could not be made", e);
                ready.completeExceptionally(e);
            }
        }, "demo-users");
        seeder.setDaemon(true);
        seeder.start();
    }

    /** Creates the missing demo users and gives them all the configured password. */
    @ActivateRequestContext
    void seed() {
        String password = config.demo().password();
        // the demo users share one password: when the first has it, the others are not checked one by one (an
        // Argon2 check each, seconds of a restart); a changed BAKERY_DEMO_PASSWORD fails here and reaches them all
        boolean current = users.hasPassword(username(TENANTS[0], Role.values()[0]), password);
        for (String tenant : TENANTS) {
            for (Role role : Role.values()) {
                users.ensure(tenant, username(tenant, role), password, Set.of(role.claim()), current);
            }
        }
        LOG.info("Demo users ready: <role>@north and <role>@south");
    }

    /**
     * Waits, at most {@code timeout}, until the demo users of this start are made (at once when demo data is off or
     * they are made): a sign-in that arrives while the gateway is starting is not refused for a user about to exist.
     */
    public void awaitReady(Duration timeout) {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // logged where it failed; the sign-in goes on and finds what is there
        }
    }

    /** Null while the demo users are being made; then off, ready, or failed (the log says why). */
    State state() {
        if (!ready.isDone()) {
            return null;
        }
        return ready.isCompletedExceptionally() ? State.FAILED : config.demo().enabled() ? State.READY : State.OFF;
    }

    enum State { OFF, READY, FAILED }

    static String username(String tenant, Role role) {
        return role.claim() + "@" + tenant;
    }
}
