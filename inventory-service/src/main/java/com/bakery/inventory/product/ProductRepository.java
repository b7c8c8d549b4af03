package com.bakery.inventory.product;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
public class ProductRepository implements TenantRepository<Product, Long> {

    public Product getInTenant(String tenant, long id) {
        return getInTenant(tenant, id, "product");
    }

    /** Every stock change of a product runs under this row lock, so two sales cannot take the same unit. */
    public Product lockInTenant(String tenant, long id) {
        Product p = getInTenant(tenant, id);
        getEntityManager().refresh(p, LockModeType.PESSIMISTIC_WRITE); // re-read once the lock is ours
        return p;
    }

    public boolean nameTaken(String tenant, String name, Long exceptId) {
        return countInTenant(tenant, "lower(name) = lower(?1) and id <> ?2", name,
                exceptId == null ? -1L : exceptId) > 0;
    }

    public List<Product> page(String tenant, long afterId, int limit) {
        return findInTenant(tenant, "id > ?1 order by id", afterId).page(0, limit).list();
    }
}
