package com.bakery.inventory.product;

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

/** A finished good the shop sells. Available to sell = onHand − reserved. */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false)
    public String name;

    /** Per unit, or per kg when sold by weight. */
    @Column(name = "price_cents", nullable = false)
    public long priceCents;

    @Enumerated(EnumType.STRING)
    @Column(name = "sold_by", nullable = false)
    public SoldBy soldBy = SoldBy.UNIT;

    @Column(nullable = false)
    public String currency;

    @Column(name = "on_hand", nullable = false)
    public BigDecimal onHand = BigDecimal.ZERO;

    @Column(nullable = false)
    public BigDecimal reserved = BigDecimal.ZERO;

    /** Hours a unit stays sellable after it is baked; null: it does not spoil. */
    @Column(name = "shelf_life_hours")
    public Integer shelfLifeHours;

    /** Exact cents: the sum of remaining layer quantities times their unit costs. */
    @Column(name = "stock_value", nullable = false)
    public BigDecimal stockValue = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    public BigDecimal available() {
        return onHand.subtract(reserved).max(BigDecimal.ZERO);
    }
}
