package com.bakery.inventory.product;

import com.bakery.common.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    public Product getInTenant(String tenant, long id) {
        return find("tenantId = ?1 and id = ?2", tenant, id).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("product", id));
    }

    /** Every stock change of a product runs under this row lock, so two sales cannot take the same unit. */
    public Product lockInTenant(String tenant, long id) {
        Product p = getInTenant(tenant, id);
        getEntityManager().refresh(p, LockModeType.PESSIMISTIC_WRITE); // re-read once the lock is ours
        return p;
    }

    public boolean nameTaken(String tenant, String name, Long exceptId) {
        return count("tenantId = ?1 and lower(name) = lower(?2) and id <> ?3", tenant, name,
                exceptId == null ? -1L : exceptId) > 0;
    }

    public List<Product> page(String tenant, long afterId, int limit) {
        return find("tenantId = ?1 and id > ?2 order by id", tenant, afterId).page(0, limit).list();
    }
}
