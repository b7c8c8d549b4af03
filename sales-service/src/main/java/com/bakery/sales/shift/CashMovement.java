package com.bakery.sales.shift;

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
import java.util.UUID;

/** Cash put into or taken out of a till's drawer during a shift, other than by a sale (a float top-up, a drop). */
@Entity
@Table(name = "cash_movement")
public class CashMovement extends PanacheEntityBase {

    public enum Kind {
        PAID_IN, PAID_OUT;

        long signed(long cents) {
            return this == PAID_IN ? cents : -cents;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "shift_id", nullable = false, updatable = false)
    public UUID shiftId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
