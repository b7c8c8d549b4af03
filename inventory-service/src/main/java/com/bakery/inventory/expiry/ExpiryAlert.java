package com.bakery.inventory.expiry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A batch that expires soon (or has expired) while some of it is left; resolved once none is. */
@Entity
@Table(name = "expiry_alert")
public class ExpiryAlert extends PanacheEntityBase {

    public enum Status { OPEN, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "material_id", nullable = false, updatable = false)
    public Long materialId;

    @Column(name = "batch_id", nullable = false, updatable = false)
    public Long batchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "expires_on", nullable = false, updatable = false)
    public LocalDate expiresOn;

    @Column(name = "remaining_at_open", nullable = false, updatable = false)
    public BigDecimal remainingAtOpen;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt = Instant.now();

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
