package com.bakery.gateway.identity.tenant;

import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.io.PrintStream;
import java.util.List;

/**
 * The operator's {@code tenant} command, run by the gateway's jar or image instead of serving:
 * {@code tenant create NAME --admin USER@NAME}. Prints the first admin's one-time password once. Exit status 0 when
 * made, 1 when refused (the tenant exists, a name is not valid), 2 for a command that is not understood.
 */
@ApplicationScoped
public class TenantCommand {

    public static final String USAGE = "usage: tenant create NAME --admin USER@NAME";

    private final TenantService tenants;

    public TenantCommand(TenantService tenants) {
        this.tenants = tenants;
    }

    /** {@code args}: what follows {@code tenant}. */
    @ActivateRequestContext
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 4 || !args.get(0).equals("create") || !args.get(2).equals("--admin")) {
            err.println(USAGE);
            return 2;
        }
        String operator = "operator:" + System.getProperty("user.name", "unknown");
        try {
            TenantService.Created created = tenants.create(args.get(1), args.get(3), operator);
            out.println("Tenant " + created.tenant() + " created; its first admin is " + created.admin() + ".");
            out.println("One-time password: " + created.oneTimePassword());
            out.println("It is shown only now. " + created.admin() + " signs in with it once and must then choose "
                    + "their own password.");
            return 0;
        } catch (ProblemException refused) {
            err.println("Refused: " + refused.getMessage());
            return 1;
        }
    }
}
