package com.bakery.inventory.stock;

import com.bakery.common.tenant.TenantRepository;
import com.bakery.inventory.material.MaterialUses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class BatchRepository implements TenantRepository<Batch, Long>, MaterialUses.Batches {

    /**
     * The next open batches of a material in FIFO order (receipt, then expiry, then id), locked. Served by the
     * partial index batch_fifo_idx, so the cost does not grow with the number of open batches.
     */
    public List<Batch> nextOpen(long materialId, int limit) {
        return find("materialId = ?1 and remaining > 0 order by receivedAt, expiresOn nulls last, id", materialId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }

    /** Open batches in FIFO order, read without locking (for costing what a run would take, not taking it). */
    public List<Batch> openInFifoOrder(long materialId, int offset, int limit) {
        return find("materialId = ?1 and remaining > 0 order by receivedAt, expiresOn nulls last, id", materialId)
                .range(offset, offset + limit - 1).list();
    }

    public Optional<Batch> latest(long materialId) {
        return find("materialId = ?1 order by receivedAt desc, id desc", materialId).firstResultOptional();
    }

    @Override
    public boolean existForMaterial(long materialId) {
        return find("materialId", materialId).firstResultOptional().isPresent();
    }

    public List<Batch> page(String tenant, long materialId, long afterId, int limit) {
        return findInTenant(tenant, "materialId = ?1 and id > ?2 order by id", materialId, afterId)
                .page(0, limit).list();
    }
}
