package com.bakery.payments.payment;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PaymentRepository implements TenantRepository<Payment, Long> {

    public Payment getInTenant(String tenant, long id) {
        return getInTenant(tenant, id, "payment");
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
        return findInTenant(tenant, "idempotencyKey = ?1", idempotencyKey).firstResultOptional();
    }

    public Optional<Payment> findByWebhookTokenHash(String hash) {
        return find("webhookTokenHash", hash).firstResultOptional();
    }

    public List<Payment> page(String tenant, String reference, PaymentStatus status, long after, int fetch) {
        StringBuilder query = new StringBuilder("id > ?1");
        List<Object> params = new ArrayList<>(List.of(after));
        if (reference != null) {
            params.add(reference);
            query.append(" and reference = ?").append(params.size());
        }
        if (status != null) {
            params.add(status);
            query.append(" and status = ?").append(params.size());
        }
        return findInTenant(tenant, query + " order by id", params.toArray()).page(0, fetch).list();
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
