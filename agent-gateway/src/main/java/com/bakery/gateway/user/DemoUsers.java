package com.bakery.gateway.user;

import com.bakery.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Demo data for dev: tenants north and south, one user per role named {@code <role>@<tenant>}.
 * Missing users are created and a changed BAKERY_DEMO_PASSWORD is applied, so restarting is harmless.
 */
@ApplicationScoped
public class DemoUsers {

    static final String[] TENANTS = { "north", "south" };
    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    void seed(@Observes StartupEvent start, GatewayConfig config, UserService users) {
        if (!config.demo().enabled()) {
            return;
        }
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

    static String username(String tenant, Role role) {
        return role.claim() + "@" + tenant;
    }
}
