package com.bakery.gateway.identity.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The command as operators run it: the packaged gateway (jar, or native executable with -Pnative) with arguments. */
@QuarkusMainIntegrationTest
class TenantCommandIT {

    @Test
    void thePackagedGatewayMakesATenantOnceAndExits(QuarkusMainLauncher launcher) {
        String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        LaunchResult made = launcher.launch("tenant", "create", tenant, "--admin", "owner@" + tenant);
        assertEquals(0, made.exitCode(), made.getErrorOutput());
        assertTrue(made.getOutput().contains("Tenant " + tenant + " created"), made.getOutput());
        assertTrue(made.getOutput().matches("(?s).*One-time password: \\S{24}\\R.*"), made.getOutput());

        LaunchResult again = launcher.launch("tenant", "create", tenant, "--admin", "other@" + tenant);
        assertEquals(1, again.exitCode());
        assertTrue(again.getErrorOutput().contains("exists already"), again.getErrorOutput());

        LaunchResult unknown = launcher.launch("tenants");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.getErrorOutput().contains(TenantCommand.USAGE), unknown.getErrorOutput());
    }
}
