package com.bakery.payments.payment;

import com.bakery.common.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes a payment's outcome through the outbox, so sales-service completes or fails the sale it belongs to, and
 * counts it ({@code bakery_payments_total} by provider, outcome and failure code).
 */
@ApplicationScoped
public class PaymentEvents {

    public static final String CAPTURED = "payments.payment.captured";
    public static final String FAILED = "payments.payment.failed";
    public static final String EXPIRED = "payments.payment.expired";
    public static final String REFUNDED = "payments.payment.refunded";
    public static final String PAID_LATE = "payments.payment.paid-late";

    private final Outbox outbox;
    private final MeterRegistry metrics;

    public PaymentEvents(Outbox outbox, MeterRegistry metrics) {
        this.outbox = outbox;
        this.metrics = metrics;
    }

    public void publish(String type, Payment payment) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("paymentId", payment.id);
        payload.put("reference", payment.reference);
        payload.put("method", payment.method);
        payload.put("status", payment.status);
        payload.put("amountCents", payment.amountCents);
        payload.put("currency", payment.currency);
        payload.put("capturedCents", payment.capturedCents);
        payload.put("refundedCents", payment.refundedCents);
        payload.put("failureCode", payment.failureCode);
        payload.put("failureReason", payment.failureReason);
        outbox.add(payment.tenantId, type, "payment:" + payment.id, payload);
        Counter.builder("bakery.payments").description("payments that reached an outcome")
                .tags("provider", payment.provider == null ? "cash" : payment.provider,
                        "outcome", type.substring(type.lastIndexOf('.') + 1).replace('-', '_'),
                        "reason", payment.failureCode == null ? "none" : payment.failureCode)
                .register(metrics).increment();
    }
}
