package com.bakery.inventory.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One delivery of a material: a FIFO layer with its own unit cost. Only {@code remaining} ever changes. */
@Entity
@Table(name = "batch")
public class Batch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "material_id", nullable = false, updatable = false)
    public Long materialId;

    @Column(nullable = false, updatable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public BigDecimal remaining;

    @Column(name = "unit_cost_cents", nullable = false, updatable = false)
    public long unitCostCents;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "expires_on", updatable = false)
    public LocalDate expiresOn;

    @Column(name = "supplier_lot", updatable = false)
    public String supplierLot;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();
}
