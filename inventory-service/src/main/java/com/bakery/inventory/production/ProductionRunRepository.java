package com.bakery.inventory.production;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ProductionRunRepository implements TenantRepository<ProductionRun, Long> {

    public ProductionRun getInTenant(String tenant, long id) {
        return getInTenant(tenant, id, "production run");
    }

    /** Runs made in [from, to), after {@code afterId}, oldest first. */
    public List<ProductionRun> page(String tenant, Instant from, Instant to, long afterId, int limit) {
        return findInTenant(tenant, "createdAt >= ?1 and createdAt < ?2 and id > ?3 order by id", from, to,
                afterId).page(0, limit).list();
    }
}
