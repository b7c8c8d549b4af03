package com.bakery.gateway.user;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    public Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** A user of this tenant; another tenant's user does not exist here (404). */
    public User getInTenant(String tenant, long id) {
        return find("id = ?1 and tenantId = ?2", id, tenant).firstResultOptional()
                .orElseThrow(() -> new com.bakery.common.problem.NotFoundProblem("user", id));
    }

    public java.util.List<User> ofTenant(String tenant) {
        return list("tenantId = ?1 order by id", tenant);
    }
}
