package com.bakery.payments.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A payment's history, append-only: attempts at the provider, webhooks, checks, and every change of status. */
@ApplicationScoped
public class PaymentHistory implements PanacheRepository<PaymentEvent> {

    /** Something that happened to the payment without changing its status. */
    public void note(Payment payment, String type, String detail) {
        append(payment, type, null, null, detail);
    }

    /** The payment went from {@code from} to its status now. */
    void moved(Payment payment, PaymentStatus from, PaymentStatus to, String detail) {
        append(payment, "STATUS_CHANGED", from, to, detail);
    }

    public List<PaymentEvent> of(Payment payment) {
        return list("paymentId = ?1 order by id", payment.id);
    }

    private void append(Payment payment, String type, PaymentStatus from, PaymentStatus to, String detail) {
        PaymentEvent event = new PaymentEvent();
        event.tenantId = payment.tenantId;
        event.paymentId = payment.id;
        event.type = type;
        event.fromStatus = from;
        event.toStatus = to;
        event.detail = detail;
        persist(event);
    }
}
