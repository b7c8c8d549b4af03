package com.bakery.inventory.material;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class MaterialRepository implements TenantRepository<Material, Long> {

    public Material getInTenant(String tenant, long id) {
        return getInTenant(tenant, id, "material");
    }

    /**
     * Locks the material row: every stock movement of a material runs under this lock, one at a time. The row is
     * re-read after the lock is granted (refresh), so the totals are the ones the previous holder committed, even
     * when the entity was already loaded in this transaction.
     */
    public Material lockInTenant(String tenant, long id) {
        Material m = getInTenant(tenant, id);
        getEntityManager().refresh(m, LockModeType.PESSIMISTIC_WRITE);
        return m;
    }

    /** Locks several materials in id order, so two runs sharing ingredients cannot deadlock. */
    public List<Material> lockAllInTenant(String tenant, Collection<Long> ids) {
        return ids.stream().sorted().map(id -> lockInTenant(tenant, id)).toList();
    }

    public boolean nameTaken(String tenant, String name, Long exceptId) {
        return countInTenant(tenant, "lower(name) = lower(?1) and id <> ?2", name,
                exceptId == null ? -1L : exceptId) > 0;
    }

    public List<Material> page(String tenant, long afterId, int limit) {
        return findInTenant(tenant, "id > ?1 order by id", afterId).page(0, limit).list();
    }
}
