package com.bakery.payments.webhook;

import com.bakery.common.trace.Spans;
import com.bakery.payments.payment.PaymentService;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Confirms stored webhook deliveries with the provider, in the background so the provider gets its 200 at once.
 * A delivery the provider could not be asked about stays open and is tried again by the reconciliation job.
 * Confirming twice (two replicas at once) is harmless: the payment is locked and a transaction captures it once,
 * and the delivery keeps the first outcome recorded.
 */
@ApplicationScoped
public class WebhookConfirmer {

    private static final Logger LOG = Logger.getLogger(WebhookConfirmer.class);

    private final PaymentService payments;
    private final ManagedExecutor executor;
    private final WebhookDeliveryRepository deliveries;
    private final Tracer tracer;

    public WebhookConfirmer(PaymentService payments, ManagedExecutor executor, WebhookDeliveryRepository deliveries,
            Tracer tracer) {
        this.payments = payments;
        this.tracer = tracer;
        this.executor = executor;
        this.deliveries = deliveries;
    }

    public void confirmSoon(long deliveryId) {
        executor.runAsync(() -> confirm(deliveryId));
    }

    /** Confirms one open delivery; returns its outcome, or null when it stays open (the provider was unavailable). */
    public String confirm(long deliveryId) {
        WebhookDelivery delivery = QuarkusTransaction.requiringNew().call(() -> deliveries.findById(deliveryId));
        if (delivery == null || delivery.processedAt != null) {
            return delivery == null ? null : delivery.outcome;
        }
        // the provider calls outside any trace of ours: the confirmation joins the checkout's that made the payment
        String traceparent = QuarkusTransaction.requiringNew().call(() -> payments.traceparent(delivery.paymentId));
        Span span = Spans.continuing(tracer, "payments webhook confirm", traceparent);
        try (Scope scope = span.makeCurrent()) {
            return confirm(delivery);
        } finally {
            span.end();
        }
    }

    private String confirm(WebhookDelivery delivery) {
        long deliveryId = delivery.id;
        String outcome;
        try {
            outcome = payments.confirm(delivery.paymentId, delivery.transactionNsu, delivery.receiptUrl);
        } catch (RuntimeException e) {
            LOG.warnf("Webhook delivery %d stays open: the provider could not confirm it (%s)", deliveryId,
                    e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookDelivery open = deliveries.lock(deliveryId);
                open.attempts++;
            });
            return null;
        }
        // another replica may have confirmed the same delivery meanwhile: the first outcome recorded stands
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery done = deliveries.lock(deliveryId);
            done.attempts++;
            if (done.processedAt == null) {
                done.processedAt = Instant.now();
                done.outcome = outcome;
            }
            return done.outcome;
        });
    }

    /** Tries every delivery still open (received before {@code before}); returns how many it tried. */
    public int confirmOpen(Instant before) {
        List<Long> open = QuarkusTransaction.requiringNew().call(() -> deliveries.openBefore(before, 100));
        open.forEach(this::confirm);
        return open.size();
    }
}
