package com.bakery.inventory.production;

import com.bakery.common.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ProductionRunRepository implements PanacheRepository<ProductionRun> {

    public ProductionRun getInTenant(String tenant, long id) {
        return find("tenantId = ?1 and id = ?2", tenant, id).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("production run", id));
    }

    /** Runs made in [from, to), after {@code afterId}, oldest first. */
    public List<ProductionRun> page(String tenant, Instant from, Instant to, long afterId, int limit) {
        return find("tenantId = ?1 and createdAt >= ?2 and createdAt < ?3 and id > ?4 order by id", tenant, from, to,
                afterId).page(0, limit).list();
    }
}
