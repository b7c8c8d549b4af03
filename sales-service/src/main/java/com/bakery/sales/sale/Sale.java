package com.bakery.sales.sale;

import com.bakery.sales.remote.PaymentStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "sale")
public class Sale extends PanacheEntityBase {

    public enum Status { PENDING, COMPLETED, FAILED }

    public enum Method { CASH, CARD }

    /** 100,000,000.00: the largest amount tendered, taken off, refunded or counted at a till. */
    public static final long MAX_CENTS = 10_000_000_000L;

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    public String requestHash;

    @Column(nullable = false, updatable = false)
    public String cashier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SaleStep step = SaleStep.CREATED;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, updatable = false)
    public Method paymentMethod;

    @Column(name = "tendered_cents")
    public Long tenderedCents;

    @Column(name = "change_cents")
    public Long changeCents;

    @Column(name = "discount_percent")
    public Integer discountPercent;

    @Column(name = "discount_amount_cents")
    public Long discountAmountCents;

    public String currency;

    @Column(name = "subtotal_cents")
    public Long subtotalCents;

    @Column(name = "discount_cents")
    public Long discountCents;

    @Column(name = "total_cents")
    public Long totalCents;

    @Column(name = "tax_rate_bp")
    public Integer taxRateBp;

    @Column(name = "tax_cents")
    public Long taxCents;

    @Column(name = "cogs_cents")
    public Long cogsCents;

    @Column(name = "refunded_cents", nullable = false)
    public long refundedCents;

    @Column(name = "payment_id")
    public Long paymentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status")
    public PaymentStatus paymentStatus;

    @Column(name = "checkout_url")
    public String checkoutUrl;

    @Convert(converter = FailureCode.Column.class)
    @Column(name = "failure_code")
    public FailureCode failureCode;

    @Column(name = "failure_reason")
    public String failureReason;

    /** JSON, e.g. the shortfalls of a sale refused for lack of stock. */
    @Column(name = "failure_detail")
    public String failureDetail;

    /** For a person: the outcome could not be confirmed (see the payment's note); null when nothing is in doubt. */
    public String attention;

    /** A payment call's answer was lost: undoing this sale must look for a payment and void it. */
    @Column(name = "payment_uncertain", nullable = false)
    public boolean paymentUncertain;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The tenant's next receipt number, given when the sale completes (gap-free; null until then). */
    @Column(name = "receipt_number")
    public Long receiptNumber;

    /** How often its receipt was printed (kept by {@link SaleRepository#countPrint}, never written from here). */
    @Column(name = "receipt_prints", insertable = false, updatable = false)
    public int receiptPrints;

    /** The till's shift the sale was made in; null for a sale made elsewhere than at a registered till. */
    @Column(name = "shift_id", updatable = false)
    public UUID shiftId;

    @Column(name = "till_name", updatable = false)
    public String tillName;

    @Column(name = "discount_reason", updatable = false)
    public String discountReason;

    /** The manager whose PIN approved a discount above the tenant's threshold. */
    @Column(name = "discount_approved_by", updatable = false)
    public String discountApprovedBy;

    /** The approval's id, spent by this sale: an approval is good for one sale. */
    @Column(name = "discount_approval_id", updatable = false)
    public String discountApprovalId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sale_line", joinColumns = @JoinColumn(name = "sale_id"))
    @OrderColumn(name = "position")
    public List<SaleLine> lines = new ArrayList<>();

    /** Steps taken since the sale was loaded, for its history: {@link SaleRepository#saveSteps} stores them. */
    @Transient
    List<SaleStepEntry> unsavedSteps = new ArrayList<>();

    /** Records a step in the sale's history (stored with the sale's next save). */
    public void record(SaleStep reached, String detail) {
        unsavedSteps.add(SaleStepEntry.entry(id, reached, detail));
    }

    /** Moves the saga on and records the step in the sale's history. */
    public void moveTo(SaleStep next, String detail) {
        step = next;
        status = switch (next) {
            case COMPLETED -> Status.COMPLETED;
            case FAILING, FAILED -> Status.FAILED;
            default -> Status.PENDING;
        };
        updatedAt = Instant.now();
        record(next, detail);
    }

    /** Fails the sale with a stable code and a reason a cashier can read; undoing it is the next step. */
    public void fail(FailureCode code, String reason) {
        failureCode = code;
        failureReason = reason;
        moveTo(SaleStep.FAILING, code.code() + ": " + reason);
    }
}
