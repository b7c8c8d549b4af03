package com.bakery.inventory.alert;

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

@Entity
@Table(name = "low_stock_alert")
public class LowStockAlert extends PanacheEntityBase {

    public enum Status { OPEN, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "material_id", nullable = false, updatable = false)
    public Long materialId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "on_hand_at_open", nullable = false, updatable = false)
    public BigDecimal onHandAtOpen;

    @Column(nullable = false, updatable = false)
    public BigDecimal minimum;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt = Instant.now();

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
