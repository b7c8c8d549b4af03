package com.bakery.sales.refund;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "sale_refund")
public class SaleRefund extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "sale_id", nullable = false, updatable = false)
    public UUID saleId;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;

    /** JSON of the units given back. */
    @Column(updatable = false)
    public String lines;

    @Column(nullable = false, updatable = false)
    public boolean restock;

    @Column(updatable = false)
    public String reason;

    @Column(name = "payment_refund_id")
    public Long paymentRefundId;

    /** COMPLETED (cash), or REFUND_REQUESTED until a manager confirms a card refund in payments. */
    @Column(name = "payment_refund_status")
    public String paymentRefundStatus;

    public String instructions;

    /** The till's shift the refund was made in, if made at a registered till. */
    @Column(name = "shift_id", updatable = false)
    public UUID shiftId;

    @Column(name = "credit_note_number", updatable = false)
    public Long creditNoteNumber;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();
}
