package com.bakery.inventory.amount;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What every row of a stock ledger (a material's, a product's) holds: the signed change, and the running totals
 * after it, so each row says what the stock and its value were at that point. Rows are append-only.
 */
@MappedSuperclass
public abstract class LedgerRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    public String reason;

    /** What caused it: a batch, a production run, a sale. */
    public String reference;

    /** Signed: positive in, negative out. */
    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(name = "quantity_after", nullable = false)
    public BigDecimal quantityAfter;

    /** Exact cents (scale 6), signed like the quantity. */
    @Column(name = "value_change", nullable = false)
    public BigDecimal valueChange;

    @Column(name = "value_after", nullable = false)
    public BigDecimal valueAfter;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** Fills the row: a change of {@code quantity} worth {@code value}, and the totals it left. */
    public void moved(String tenant, String why, String cause, BigDecimal quantity, BigDecimal value,
            BigDecimal quantityAfter, BigDecimal valueAfter, String actor) {
        this.tenantId = tenant;
        this.reason = why;
        this.reference = cause;
        this.quantity = quantity;
        this.valueChange = value;
        this.quantityAfter = quantityAfter;
        this.valueAfter = valueAfter;
        this.createdBy = actor;
    }
}
