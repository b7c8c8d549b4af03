package com.bakery.payments.payment;

import com.bakery.common.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Publishes a payment's outcome through the outbox, so sales-service completes or fails the sale it belongs to. */
@ApplicationScoped
public class PaymentEvents {

    public static final String CAPTURED = "payments.payment.captured";
    public static final String FAILED = "payments.payment.failed";
    public static final String EXPIRED = "payments.payment.expired";
    public static final String REFUNDED = "payments.payment.refunded";
    public static final String PAID_LATE = "payments.payment.paid-late";

    private final Outbox outbox;

    public PaymentEvents(Outbox outbox) {
        this.outbox = outbox;
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
    }
}
