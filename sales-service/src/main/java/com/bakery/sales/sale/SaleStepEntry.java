package com.bakery.sales.sale;

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
import java.util.List;
import java.util.UUID;

/** One step of a sale's saga, with its time: the sale's history. */
@Entity
@Table(name = "sale_step")
public class SaleStepEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sale_id", nullable = false, updatable = false)
    public UUID saleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public SaleStep step;

    @Column(updatable = false)
    public String detail;

    @Column(nullable = false, updatable = false)
    public Instant at = Instant.now();

    static SaleStepEntry entry(UUID saleId, SaleStep step, String detail) {
        SaleStepEntry entry = new SaleStepEntry();
        entry.saleId = saleId;
        entry.step = step;
        entry.detail = detail;
        return entry;
    }

    public static List<SaleStepEntry> of(UUID saleId) {
        return list("saleId = ?1 order by id", saleId);
    }
}
