package com.bakery.payments.payment;

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

/** One line of a payment's history: an attempt at the provider, a webhook, a check, a state change. Append-only. */
@Entity
@Table(name = "payment_event")
public class PaymentEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "payment_id", nullable = false, updatable = false)
    public Long paymentId;

    @Column(nullable = false, updatable = false)
    public String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public PaymentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    public PaymentStatus toStatus;

    @Column(updatable = false)
    public String detail;

    @Column(nullable = false, updatable = false)
    public Instant at = Instant.now();
}
