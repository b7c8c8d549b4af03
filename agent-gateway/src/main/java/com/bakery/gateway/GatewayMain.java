package com.bakery.gateway;

import com.bakery.gateway.identity.tenant.TenantCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The gateway's jar and image: without arguments, the gateway; {@code tenant ...}, an operator's command that runs
 * against the same database and audit trail and exits (a Kubernetes Job, {@code ./bakery tenant}).
 */
@QuarkusMain
public class GatewayMain {

    public static void main(String... args) {
        if (args.length > 0) {
            // a command serves nothing: free ports, so it runs beside a gateway already listening on this host, and
            // no demo users being made while it ends
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("quarkus.management.port", "0");
            System.setProperty("gateway.demo.enabled", "false");
        }
        Quarkus.run(Gateway.class, args);
    }

    public static class Gateway implements QuarkusApplication {

        @Inject
        TenantCommand tenants;

        @Override
        public int run(String... args) {
            if (args.length == 0) {
                Quarkus.waitForExit();
                return 0;
            }
            if (args[0].equals("tenant")) {
                return tenants.run(List.of(args).subList(1, args.length), System.out, System.err);
            }
            System.err.println(TenantCommand.USAGE);
            return 2;
        }
    }
}
