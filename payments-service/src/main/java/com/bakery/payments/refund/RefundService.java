package com.bakery.payments.refund;

import com.bakery.common.problem.ProblemException;
import com.bakery.payments.payment.Payment;
import com.bakery.payments.payment.PaymentEvents;
import com.bakery.payments.payment.PaymentHistory;
import com.bakery.payments.payment.PaymentMethod;
import com.bakery.payments.payment.PaymentRepository;
import com.bakery.payments.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Refunds never exceed what was captured, counting refunds already made and those still waiting. Cash refunds
 * complete at once. InfinitePay has no refund API, so a card refund waits as REFUND_REQUESTED until a manager has
 * made it in the provider's app and confirms it here; it is never marked done by itself.
 */
@ApplicationScoped
public class RefundService {

    private final PaymentRepository payments;
    private final PaymentEvents events;
    private final RefundRepository refunds;
    private final PaymentHistory history;

    public RefundService(PaymentRepository payments, PaymentEvents events, RefundRepository refunds,
            PaymentHistory history) {
        this.payments = payments;
        this.events = events;
        this.refunds = refunds;
        this.history = history;
    }

    @Transactional
    public Refund request(String tenant, String user, long paymentId, RefundRequest request) {
        Payment payment = payments.lockInTenant(tenant, paymentId);
        if (!payment.status.isCaptured()) {
            throw ProblemException.conflict("payment_not_captured",
                    "Payment " + paymentId + " is " + payment.status + "; only captured money can be refunded.");
        }
        long waiting = refunds.waitingCents(paymentId);
        long refundable = payment.capturedCents - payment.refundedCents - waiting;
        if (request.amountCents() > refundable) {
            throw ProblemException.unprocessable("refund_exceeds_captured",
                    "At most " + refundable + " cents of payment " + paymentId + " can still be refunded.",
                    Map.of("refundableCents", refundable, "capturedCents", payment.capturedCents,
                            "refundedCents", payment.refundedCents, "requestedCents", waiting));
        }
        Refund refund = new Refund();
        refund.tenantId = tenant;
        refund.paymentId = paymentId;
        refund.amountCents = request.amountCents();
        refund.reason = request.reason();
        refund.requestedBy = user;
        if (payment.method == PaymentMethod.CASH) {
            refund.status = Refund.Status.COMPLETED;
            refund.resolvedBy = user;
            refund.resolvedAt = Instant.now();
            refunds.persist(refund);
            apply(payment, refund);
        } else {
            refund.status = Refund.Status.REFUND_REQUESTED;
            refunds.persist(refund);
            refund.instructions = instructions(payment, refund);
            history.note(payment, "REFUND_REQUESTED", "refund " + refund.id + " of " + refund.amountCents);
        }
        return refund;
    }

    /** A manager made the card refund in the provider's app; confirming again changes nothing. */
    @Transactional
    public Refund confirm(String tenant, String user, long paymentId, long refundId) {
        Payment payment = payments.lockInTenant(tenant, paymentId);
        Refund refund = get(tenant, paymentId, refundId);
        if (refund.status == Refund.Status.COMPLETED) {
            return refund;
        }
        if (refund.status == Refund.Status.CANCELLED) {
            throw ProblemException.conflict("refund_cancelled", "Refund " + refundId + " was cancelled.");
        }
        refund.status = Refund.Status.COMPLETED;
        refund.resolvedBy = user;
        refund.resolvedAt = Instant.now();
        apply(payment, refund);
        return refund;
    }

    /** Withdraws a card refund that was not made; its amount becomes refundable again. */
    @Transactional
    public Refund cancel(String tenant, String user, long paymentId, long refundId) {
        Payment payment = payments.lockInTenant(tenant, paymentId);
        Refund refund = get(tenant, paymentId, refundId);
        if (refund.status == Refund.Status.CANCELLED) {
            return refund;
        }
        if (refund.status == Refund.Status.COMPLETED) {
            throw ProblemException.conflict("refund_completed",
                    "Refund " + refundId + " was already made and cannot be cancelled.");
        }
        refund.status = Refund.Status.CANCELLED;
        refund.resolvedBy = user;
        refund.resolvedAt = Instant.now();
        history.note(payment, "REFUND_CANCELLED", "refund " + refund.id);
        return refund;
    }

    public Refund get(String tenant, long paymentId, long refundId) {
        return refunds.getInTenant(tenant, paymentId, refundId);
    }

    public List<Refund> list(String tenant, long paymentId) {
        payments.getInTenant(tenant, paymentId);
        return refunds.ofPayment(tenant, paymentId);
    }

    private void apply(Payment payment, Refund refund) {
        payment.refundedCents += refund.amountCents;
        payment.moveTo(payment.refundedCents == payment.capturedCents ? PaymentStatus.REFUNDED
                : PaymentStatus.PARTIALLY_REFUNDED, "refund " + refund.id + " of " + refund.amountCents, history);
        events.publish(PaymentEvents.REFUNDED, payment);
    }

    private static String instructions(Payment payment, Refund refund) {
        return "InfinitePay has no refund API. Refund " + refund.amountCents + " " + payment.currency
                + " cents of transaction " + payment.transactionNsu + " (order " + payment.orderNsu
                + ") in the InfinitePay app, then confirm it here with POST /api/payments/payments/" + payment.id
                + "/refunds/" + refund.id + "/confirm (or cancel it with .../cancel).";
    }
}
