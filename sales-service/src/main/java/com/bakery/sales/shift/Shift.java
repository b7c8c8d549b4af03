package com.bakery.sales.shift;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A till's shift: opened with a counted float, closed with a count and a frozen, numbered, chained Z report. */
@Entity
@Table(name = "shift")
public class Shift extends PanacheEntityBase {

    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "till_id", nullable = false, updatable = false)
    public String tillId;

    @Column(name = "till_name", nullable = false, updatable = false)
    public String tillName;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "opened_by", nullable = false, updatable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "opening_float_cents", nullable = false, updatable = false)
    public long openingFloatCents;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "expected_cash_cents")
    public Long expectedCashCents;

    @Column(name = "counted_cash_cents")
    public Long countedCashCents;

    @Column(name = "counted_denominations")
    public String countedDenominations;

    @Column(name = "z_number")
    public Long zNumber;

    @Column(name = "z_report")
    public String zReport;

    @Column(name = "chain_position")
    public Long chainPosition;

    @Column(name = "previous_hash")
    public String previousHash;

    @Column(name = "report_hash")
    public String reportHash;
}
