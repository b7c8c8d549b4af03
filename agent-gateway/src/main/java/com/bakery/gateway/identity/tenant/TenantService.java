package com.bakery.gateway.identity.tenant;

import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.audit.AuditRecord;
import com.bakery.gateway.audit.AuditTrail;
import com.bakery.gateway.identity.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/** Makes a tenant: its first admin, with a one-time password; audited whether made or refused. */
@ApplicationScoped
public class TenantService {

    /** Lower-case, as it appears in user names ({@code admin@north}) and in every service's rows. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern USER_PART = Pattern.compile("[A-Za-z0-9._-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserService users;
    private final AuditTrail audit;

    public TenantService(UserService users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    public record Created(String tenant, String admin, String oneTimePassword) {
    }

    /**
     * The tenant and its first admin; a 400 for a bad name, a 409 when the tenant exists. {@code operator} is who ran
     * it, as the audit trail names them.
     */
    public Created create(String tenant, String admin, String operator) {
        check(tenant, admin);
        long start = System.currentTimeMillis();
        String password = oneTimePassword();
        try {
            users.createFirstAdmin(tenant, admin, password);
        } catch (ProblemException refused) {
            record(start, tenant, admin, operator, refused.toProblem().status(), refused.getMessage());
            throw refused;
        }
        record(start, tenant, admin, operator, 201, null);
        return new Created(tenant, admin, password);
    }

    private static void check(String tenant, String admin) {
        if (tenant == null || !NAME.matcher(tenant).matches()) {
            throw ProblemException.invalid("tenant", "must be a lower-case letter, then up to 62 lower-case letters, "
                    + "digits or -");
        }
        String suffix = "@" + tenant;
        if (admin == null || !admin.endsWith(suffix)
                || !USER_PART.matcher(admin.substring(0, admin.length() - suffix.length())).matches()) {
            throw ProblemException.invalid("admin", "must be a name of letters, digits, . _ or - ending with " + suffix);
        }
    }

    /** 144 random bits, URL-safe: typed once, then replaced. */
    private static String oneTimePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // the command's record sits in the same chain as requests: method CLI, the command as its path
    private void record(long start, String tenant, String admin, String operator, int status, String denial) {
        long now = System.currentTimeMillis();
        audit.record(new AuditRecord(now, UUID.randomUUID().toString(), tenant, operator, "CLI",
                "tenant create " + tenant + " --admin " + admin, status, now - start, null, denial,
                status == 201 ? "first admin " + admin + " with a one-time password" : null));
        audit.flush();
    }
}
