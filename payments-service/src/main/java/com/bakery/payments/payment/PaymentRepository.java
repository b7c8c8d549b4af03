package com.bakery.payments.payment;

import com.bakery.common.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PaymentRepository implements PanacheRepository<Payment> {

    public Payment getInTenant(String tenant, long id) {
        return find("id = ?1 and tenantId = ?2", id, tenant).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("payment", id));
    }

    /** The payment, locked for the rest of the transaction and read fresh from the database. */
    public Payment lock(long id) {
        Payment payment = findById(id);
        getEntityManager().refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        return payment;
    }

    public Payment lockInTenant(String tenant, long id) {
        getInTenant(tenant, id);
        return lock(id);
    }

    public Optional<Payment> findByKey(String tenant, String idempotencyKey) {
        return find("tenantId = ?1 and idempotencyKey = ?2", tenant, idempotencyKey).firstResultOptional();
    }

    public Optional<Payment> findByWebhookTokenHash(String hash) {
        return find("webhookTokenHash", hash).firstResultOptional();
    }

    public List<Payment> page(String tenant, String reference, PaymentStatus status, long after, int fetch) {
        StringBuilder query = new StringBuilder("tenantId = :tenant and id > :after");
        Parameters params = Parameters.with("tenant", tenant).and("after", after);
        if (reference != null) {
            query.append(" and reference = :reference");
            params.and("reference", reference);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return find(query + " order by id", params).page(0, fetch).list();
    }

    /** Card payments still PENDING, with their link or without, created before {@code before}, oldest first. */
    public List<Long> pendingCardPaymentsBefore(Instant before, boolean withLink, int limit) {
        return getEntityManager().createQuery("select p.id from Payment p where p.status = ?1 and p.method = ?2 "
                + "and p.checkoutUrl is " + (withLink ? "not null" : "null") + " and p.createdAt < ?3 "
                + "order by p.createdAt", Long.class)
                .setParameter(1, PaymentStatus.PENDING).setParameter(2, PaymentMethod.CARD).setParameter(3, before)
                .setMaxResults(limit).getResultList();
    }
}
