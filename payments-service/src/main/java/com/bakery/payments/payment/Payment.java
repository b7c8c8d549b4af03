package com.bakery.payments.payment;

import com.bakery.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    public String requestHash;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PaymentMethod method;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;

    @Column(nullable = false, updatable = false)
    public String currency;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status = PaymentStatus.PENDING;

    public String provider;

    @Column(name = "order_nsu")
    public String orderNsu;

    public String slug;

    @Column(name = "checkout_url")
    public String checkoutUrl;

    @Column(name = "webhook_token_hash")
    public String webhookTokenHash;

    @Column(name = "transaction_nsu")
    public String transactionNsu;

    @Column(name = "receipt_url")
    public String receiptUrl;

    @Column(name = "capture_method")
    public String captureMethod;

    public Integer installments;

    @Column(name = "paid_amount_cents")
    public Long paidAmountCents;

    @Column(name = "captured_cents", nullable = false)
    public long capturedCents;

    @Column(name = "refunded_cents", nullable = false)
    public long refundedCents;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_reason")
    public String failureReason;

    public String attention;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Column(name = "captured_at")
    public Instant capturedAt;

    /** The trace of the request that created it (W3C traceparent): its webhook is confirmed in that trace. */
    @Column(updatable = false)
    public String traceparent;

    /** Moves to {@code next} if the status allows it, and writes the change into the payment's history. */
    public void moveTo(PaymentStatus next, String detail, PaymentHistory history) {
        if (!status.next().contains(next)) {
            throw ProblemException.conflict("illegal_transition",
                    "Payment " + id + " is " + status + " and cannot become " + next + ".");
        }
        history.moved(this, status, next, detail);
        status = next;
        updatedAt = Instant.now();
    }

    public void capture(Instant at, PaymentHistory history) {
        moveTo(PaymentStatus.CAPTURED, null, history);
        capturedCents = amountCents;
        capturedAt = at;
    }

    public void fail(String code, String reason, PaymentHistory history) {
        moveTo(PaymentStatus.FAILED, code + ": " + reason, history);
        failureCode = code;
        failureReason = reason;
    }
}
