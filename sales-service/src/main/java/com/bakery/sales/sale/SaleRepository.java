package com.bakery.sales.sale;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SaleRepository implements TenantRepository<Sale, UUID> {

    public Sale getInTenant(String tenant, String id) {
        return getInTenant(tenant, uuid(id), "sale");
    }

    /**
     * The sale, locked for the rest of the transaction. The row is locked before the entity is loaded, so what
     * is read is what the previous holder of the lock committed. Call it before anything else loads the sale.
     * <p>
     * Two statements, not {@code find(..., PESSIMISTIC_WRITE)}: with the sale's lines fetched in the same query,
     * Hibernate 7.2 locks them in a follow-on statement that fails (a NullPointerException in a concurrent checkout),
     * and told not to follow on, it silently takes no lock at all (SaleLockTest catches both).
     */
    public Sale lock(UUID id) {
        getEntityManager().createNativeQuery("SELECT 1 FROM sale WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                .getResultList();
        return findById(id);
    }

    /** Stores a new sale with the first step of its history. */
    public void persistNew(Sale sale) {
        persist(sale);
        saveSteps(sale);
    }

    /** Stores the steps the sale took since it was loaded (its history); call it in the transaction that moved it. */
    /**
     * The tenant's next receipt number: its counter row, created at 1 or moved on by one, stays locked until the
     * caller's transaction ends, so numbers follow each other without gaps across replicas.
     */
    public long nextReceiptNumber(String tenant) {
        return next("receipt_counter", tenant);
    }

    /** The tenant's next credit note number, gap-free like receipts (the counter row is held until commit). */
    public long nextCreditNoteNumber(String tenant) {
        return next("credit_note_counter", tenant);
    }

    /** The tenant's next number of a counter table (one row per tenant), held by the transaction until it ends. */
    private long next(String counter, String tenant) {
        return ((Number) getEntityManager().createNativeQuery("INSERT INTO " + counter + " (tenant_id, last_number) "
                + "VALUES (?1, 1) ON CONFLICT (tenant_id) DO UPDATE SET last_number = " + counter + ".last_number + 1 "
                + "RETURNING last_number").setParameter(1, tenant).getSingleResult()).longValue();
    }

    /** Counts one more print of the sale's receipt; answers how many there were before it. */
    public int countPrint(UUID sale) {
        return ((Number) getEntityManager().createNativeQuery("UPDATE sale SET receipt_prints = receipt_prints + 1 "
                + "WHERE id = ?1 RETURNING receipt_prints - 1").setParameter(1, sale).getSingleResult()).intValue();
    }

    /** Whether a sale of the tenant spent this manager's approval already. */
    public boolean approvalSpent(String tenant, String approvalId) {
        return count("tenantId = ?1 and discountApprovalId = ?2", tenant, approvalId) > 0;
    }

    public void saveSteps(Sale sale) {
        sale.unsavedSteps.forEach(getEntityManager()::persist);
        sale.unsavedSteps.clear();
    }

    /** Removes a sale that never got past its first step because its input was wrong, with its history. */
    public void discard(UUID id) {
        Sale sale = lock(id);
        getEntityManager().createQuery("delete from SaleStepEntry e where e.saleId = ?1").setParameter(1, id)
                .executeUpdate();
        delete(sale);
    }

    public Sale lockInTenant(String tenant, String id) {
        Sale sale = lock(uuid(id));
        if (sale == null || !sale.tenantId.equals(tenant)) {
            throw new NotFoundProblem("sale", id);
        }
        return sale;
    }

    /** A sale's id as given in a path: anything but a UUID is a 400 that does not repeat it. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("id", "must be a sale's id (a UUID)");
        }
    }

    /** Whether the sale is COMPLETED or FAILED (false for an unknown one): nothing moves it any more. */
    public boolean ended(UUID id) {
        return count("id = ?1 and step in ?2", id, List.of(SaleStep.COMPLETED, SaleStep.FAILED)) > 0;
    }

    public Optional<Sale> findByKey(String tenant, String key) {
        return findInTenant(tenant, "idempotencyKey = ?1", key).firstResultOptional();
    }

    /** Unfinished sales nobody has touched since {@code before}: the ones recovery takes over. */
    public List<Sale> unfinishedBefore(Instant before, int limit) {
        return find("step not in ?1 and updatedAt < ?2 order by updatedAt",
                List.of(SaleStep.COMPLETED, SaleStep.FAILED), before).page(0, limit).list();
    }

    public List<Sale> page(String tenant, Sale.Status status, Instant from, Instant to, Instant before, int fetch) {
        String query = "createdAt >= ?1 and createdAt < ?2 and createdAt < ?3";
        if (status != null) {
            return findInTenant(tenant, query + " and status = ?4 order by createdAt desc", from, to, before, status)
                    .page(0, fetch).list();
        }
        return findInTenant(tenant, query + " order by createdAt desc", from, to, before).page(0, fetch).list();
    }
}
