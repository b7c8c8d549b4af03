package com.bakery.inventory.stock;

import com.bakery.common.tenant.TenantRepository;
import com.bakery.inventory.material.MaterialUses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class BatchRepository implements TenantRepository<Batch, Long>, MaterialUses.Batches {

    /** Open batches, oldest receipt first; expiry and id only break ties (the partial index batch_fifo_idx). */
    private static final String FIFO = " order by receivedAt, expiresOn nulls last, id";

    /**
     * The next open batches of a material in FIFO order, locked; with {@code usableOn}, skipping batches that expired
     * before it. Served by batch_fifo_idx, so the cost does not grow with the number of open batches.
     */
    public List<Batch> nextOpen(long materialId, LocalDate usableOn, int limit) {
        var open = usableOn == null ? find("materialId = ?1 and remaining > 0" + FIFO, materialId)
                : find("materialId = ?1 and remaining > 0 and (expiresOn is null or expiresOn >= ?2)" + FIFO,
                        materialId, usableOn);
        return open.withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }

    /** How much of a material is in batches that expired before {@code day}. */
    public BigDecimal expiredRemaining(long materialId, LocalDate day) {
        BigDecimal sum = find("select coalesce(sum(remaining), 0) from Batch where materialId = ?1 and remaining > 0 "
                + "and expiresOn < ?2", materialId, day).project(BigDecimal.class).firstResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** A material's open batches that expired before {@code day}, locked. */
    public List<Batch> expiredOf(long materialId, LocalDate day) {
        return find("materialId = ?1 and remaining > 0 and expiresOn < ?2 order by id", materialId, day)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** A tenant's open batches that expire on or before {@code lastDay}, soonest first. */
    public List<Batch> expiringBy(String tenant, LocalDate lastDay, int limit) {
        return findInTenant(tenant, "remaining > 0 and expiresOn <= ?1 order by expiresOn, materialId, id", lastDay)
                .page(0, limit).list();
    }

    /** Open batches in FIFO order, read without locking (for costing what a run would take, not taking it). */
    public List<Batch> openInFifoOrder(long materialId, int offset, int limit) {
        return find("materialId = ?1 and remaining > 0" + FIFO, materialId).range(offset, offset + limit - 1).list();
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
