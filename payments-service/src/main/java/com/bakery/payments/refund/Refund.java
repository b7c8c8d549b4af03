package com.bakery.payments.refund;

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
@Table(name = "refund")
public class Refund extends PanacheEntityBase {

    public enum Status {
        /** The money is back with the customer. */
        COMPLETED,
        /** A card refund waiting for a manager to make it in the provider's app and confirm it here. */
        REFUND_REQUESTED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "payment_id", nullable = false, updatable = false)
    public Long paymentId;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(updatable = false)
    public String reason;

    public String instructions;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public Instant requestedAt = Instant.now();

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
