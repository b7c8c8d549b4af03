package com.bakery.sales.shift;

import com.bakery.common.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ShiftRepository implements PanacheRepositoryBase<Shift, UUID> {

    /**
     * The till's open shift, held (FOR SHARE) until the caller's transaction ends, so a sale or refund recorded in it
     * is never left out of a Z report being closed at the same moment: the close waits for it.
     */
    public Optional<Shift> holdOpenOn(String tenant, String till) {
        return find("tenantId = ?1 and tillId = ?2 and status = ?3", tenant, till, Shift.Status.OPEN)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    public Optional<Shift> openOn(String tenant, String till) {
        return find("tenantId = ?1 and tillId = ?2 and status = ?3", tenant, till, Shift.Status.OPEN)
                .firstResultOptional();
    }

    public Shift getInTenant(String tenant, UUID id) {
        Shift shift = findById(id);
        if (shift == null || !shift.tenantId.equals(tenant)) {
            throw new NotFoundProblem("shift", id);
        }
        return shift;
    }

    /** The shift, locked for a change (FOR UPDATE): two closes of one shift run one after the other. */
    public Shift lockInTenant(String tenant, UUID id) {
        Shift shift = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (shift == null || !shift.tenantId.equals(tenant)) {
            throw new NotFoundProblem("shift", id);
        }
        return shift;
    }

    /** The tenant's shifts opened in [from, to), optionally of one till, oldest first. */
    public List<Shift> openedBetween(String tenant, Instant from, Instant to, String till) {
        return till == null
                ? list("tenantId = ?1 and openedAt >= ?2 and openedAt < ?3 ORDER BY openedAt", tenant, from, to)
                : list("tenantId = ?1 and openedAt >= ?2 and openedAt < ?3 and tillId = ?4 ORDER BY openedAt", tenant,
                        from, to, till);
    }

    /** The tenant's closed shifts in chain order: what verification walks. */
    public List<Shift> chain(String tenant) {
        return list("tenantId = ?1 and status = ?2 ORDER BY chainPosition", tenant, Shift.Status.CLOSED);
    }

    public long nextZNumber(String tenant, String till) {
        return ((Number) getEntityManager().createNativeQuery("INSERT INTO z_counter (tenant_id, till_id, last_number) "
                + "VALUES (?1, ?2, 1) ON CONFLICT (tenant_id, till_id) DO UPDATE "
                + "SET last_number = z_counter.last_number + 1 RETURNING last_number").setParameter(1, tenant)
                .setParameter(2, till).getSingleResult()).longValue();
    }

    /**
     * The head of the tenant's chain of Z reports, made at its start if need be and locked until the transaction
     * ends, so closes at once (of any tills) take consecutive positions.
     */
    public ZChain.Link lockChainHead(String tenant) {
        getEntityManager().createNativeQuery("INSERT INTO z_chain_head (tenant_id, last_position, last_hash) "
                + "VALUES (?1, 0, ?2) ON CONFLICT (tenant_id) DO NOTHING").setParameter(1, tenant)
                .setParameter(2, ZChain.START).executeUpdate();
        return head(tenant, " FOR UPDATE").orElseThrow();
    }

    public void moveChainHead(String tenant, ZChain.Link head) {
        getEntityManager().createNativeQuery("UPDATE z_chain_head SET last_position = ?2, last_hash = ?3 "
                + "WHERE tenant_id = ?1").setParameter(1, tenant).setParameter(2, head.position())
                .setParameter(3, head.hash()).executeUpdate();
    }

    public Optional<ZChain.Link> chainHead(String tenant) {
        return head(tenant, "");
    }

    private Optional<ZChain.Link> head(String tenant, String lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT last_position, last_hash "
                + "FROM z_chain_head WHERE tenant_id = ?1" + lock).setParameter(1, tenant).getResultList();
        return rows.stream().findFirst().map(r -> new ZChain.Link(((Number) r[0]).longValue(), (String) r[1]));
    }
}
