package com.bakery.common.security;

import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read only from the verified JWT. The tenant never comes from a body or a header the
 * client controls, so every query a service runs is scoped by {@link #tenant()}.
 */
@RequestScoped
public class CurrentUser {

    public static final String TENANT_CLAIM = "tenant";
    /** The registered till a person switched in on with their PIN (its id), absent when signed in elsewhere. */
    public static final String TILL_CLAIM = "till";
    public static final String TILL_NAME_CLAIM = "till_name";

    @Inject
    JsonWebToken jwt;

    public String subject() {
        return jwt.getSubject();
    }

    public String tenant() {
        String tenant = jwt.getClaim(TENANT_CLAIM);
        if (tenant == null || tenant.isBlank()) {
            throw new ProblemException(401, "token_without_tenant", "Authentication required",
                    "The bearer token carries no tenant.");
        }
        return tenant;
    }

    /** The till the caller switched in on, if any. */
    public Optional<String> till() {
        return Optional.ofNullable(jwt.<String>getClaim(TILL_CLAIM)).filter(t -> !t.isBlank());
    }

    public Optional<String> tillName() {
        return Optional.ofNullable(jwt.<String>getClaim(TILL_NAME_CLAIM));
    }

    public Set<String> groups() {
        return new TreeSet<>(jwt.getGroups());
    }
}
