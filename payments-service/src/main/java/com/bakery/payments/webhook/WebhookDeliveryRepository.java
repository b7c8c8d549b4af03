package com.bakery.payments.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepository<WebhookDelivery> {

    public WebhookDelivery lock(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Deliveries not yet confirmed, received before {@code before}, oldest first. */
    public List<Long> openBefore(Instant before, int limit) {
        return getEntityManager().createQuery("select d.id from WebhookDelivery d where d.processedAt is null "
                + "and d.receivedAt < ?1 order by d.id", Long.class)
                .setParameter(1, before).setMaxResults(limit).getResultList();
    }

    /** The provider transactions the payment's webhooks named. */
    public List<String> transactionsOf(long paymentId) {
        return getEntityManager().createQuery("select distinct d.transactionNsu from WebhookDelivery d "
                + "where d.paymentId = ?1", String.class)
                .setParameter(1, paymentId).getResultList();
    }
}
