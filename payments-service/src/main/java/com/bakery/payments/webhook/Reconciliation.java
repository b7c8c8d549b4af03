package com.bakery.payments.webhook;

import com.bakery.payments.config.PaymentsConfig;
import com.bakery.payments.payment.Payment;
import com.bakery.payments.payment.PaymentRepository;
import com.bakery.payments.payment.PaymentService;
import com.bakery.payments.payment.PaymentStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Settles card payments the webhook did not: retries deliveries the provider could not confirm, asks the provider
 * again about every transaction a delivery named for a payment still PENDING, and ends payments whose link was
 * never created (after {@code payments.link-grace}) or never paid in time. A link that expires without any
 * delivery ends EXPIRED with an {@code attention} note for a person (and a WARN line and the
 * {@code payments_expired_unconfirmed_total} metric): the provider cannot be asked whether it was paid.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class);

    private final WebhookConfirmer confirmer;
    private final PaymentService service;
    private final PaymentRepository payments;
    private final PaymentsConfig config;
    private final WebhookDeliveryRepository deliveries;
    private final Counter unconfirmed;

    public Reconciliation(WebhookConfirmer confirmer, PaymentService service, PaymentRepository payments,
            PaymentsConfig config, MeterRegistry metrics, WebhookDeliveryRepository deliveries) {
        this.unconfirmed = Counter.builder("payments.expired.unconfirmed")
                .description("card payments expired with no webhook delivery: flagged for a person").register(metrics);
        this.confirmer = confirmer;
        this.service = service;
        this.payments = payments;
        this.config = config;
        this.deliveries = deliveries;
    }

    @Scheduled(every = "${payments.reconcile-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            run(Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf("Reconciliation paused: %s (will retry)", e.getMessage());
        }
    }

    /** One round, as if it were {@code now}. */
    public void run(Instant now) {
        confirmer.confirmOpen(now.minusSeconds(5));
        for (long id : QuarkusTransaction.requiringNew().call(() -> payments.pendingCardPaymentsBefore(
                now.minus(config.linkGrace()), false, 100))) {
            service.expire(id, "link_not_created", "The provider's checkout link was never recorded.");
        }
        for (long id : QuarkusTransaction.requiringNew().call(() -> payments.pendingCardPaymentsBefore(
                now.minus(config.reconcileAfter()), true, 100))) {
            reconcile(id, now);
        }
    }

    private void reconcile(long paymentId, Instant now) {
        List<String> named = QuarkusTransaction.requiringNew().call(() -> deliveries.transactionsOf(paymentId));
        for (String transactionNsu : named) {
            try {
                if ("captured".equals(service.confirm(paymentId, transactionNsu, null))) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Payment %d: the provider could not be asked about %s (%s)", paymentId, transactionNsu,
                        e.getMessage());
                return;
            }
        }
        Payment current = QuarkusTransaction.requiringNew().call(() -> payments.findById(paymentId));
        if (current.status == PaymentStatus.PENDING && current.createdAt.isBefore(now.minus(config.linkTtl()))) {
            if (!named.isEmpty()) {
                service.expire(paymentId, "expired", "The checkout link was not paid within " + config.linkTtl()
                        + ".");
                return;
            }
            // No delivery ever came. The buyer may have walked away, or paid while every delivery failed: the
            // provider's API answers about a transaction only (payment_check needs its transaction_nsu), never
            // about an order, so nobody here can tell. A person can, on the provider's dashboard.
            String attention = "No webhook came before the link expired and InfinitePay cannot be asked about an"
                    + " order without its transaction: check order " + current.orderNsu + " (link "
                    + current.slug + ") on the InfinitePay dashboard before treating this sale as unpaid.";
            // counted and logged by the replica that expired it
            if (service.expireUnconfirmed(paymentId, "The checkout link was not paid within " + config.linkTtl()
                    + " as far as the provider told us.", attention)) {
                LOG.warnf("Payment %d of %s expired unconfirmed: %s", paymentId, current.reference, attention);
                unconfirmed.increment();
            }
        }
    }
}
