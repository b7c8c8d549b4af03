package com.bakery.inventory.material;

import com.bakery.common.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MaterialRepository implements PanacheRepository<Material> {

    public Optional<Material> findInTenant(String tenant, long id) {
        return find("tenantId = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    public Material getInTenant(String tenant, long id) {
        return findInTenant(tenant, id).orElseThrow(() -> new NotFoundProblem("material", id));
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
        return count("tenantId = ?1 and lower(name) = lower(?2) and id <> ?3", tenant, name,
                exceptId == null ? -1L : exceptId) > 0;
    }

    public List<Material> page(String tenant, long afterId, int limit) {
        return find("tenantId = ?1 and id > ?2 order by id", tenant, afterId).page(0, limit).list();
    }
}
