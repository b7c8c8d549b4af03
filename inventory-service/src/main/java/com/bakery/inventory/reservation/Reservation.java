package com.bakery.inventory.reservation;

import com.bakery.inventory.product.SoldBy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Product stock held for one sale: RESERVED, then COMMITTED (sold), RELEASED (cancelled) or EXPIRED. */
@Entity
@Table(name = "reservation")
public class Reservation extends PanacheEntityBase {

    public enum Status { RESERVED, COMMITTED, RELEASED, EXPIRED }

    /** Price is copied from the product when reserved: the price the sale charges, never the client's. */
    @Embeddable
    public record Line(
            @Column(name = "product_id", nullable = false) Long productId,
            @Column(name = "product_name") String productName,
            @Column(nullable = false) BigDecimal quantity,
            @Column(name = "price_cents", nullable = false) long priceCents,
            @Column(nullable = false) String currency,
            /** Exact cost of goods sold, known once committed. */
            @Column BigDecimal cogs,
            /** What the line charges: quantity × price less the markdown, rounded once; null on old rows. */
            @Column(name = "gross_cents") Long grossCents,
            /** How much the markdown of aged units took off the line. */
            @Column(name = "markdown_cents") Long markdownCents,
            /** Units, or kg (the price is then per kg); null on old rows (units). */
            @Enumerated(EnumType.STRING) @Column(name = "sold_by") SoldBy soldBy) {

        Line withCogs(BigDecimal value) {
            return new Line(productId, productName, quantity, priceCents, currency, value, grossCents, markdownCents,
                    soldBy);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "sale_id", nullable = false, updatable = false)
    public String saleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.RESERVED;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reservation_line", joinColumns = @JoinColumn(name = "reservation_id"))
    @OrderColumn(name = "position")
    public List<Line> lines = new ArrayList<>();

    /** The till the sale was rung up at (sales-service's name for it), for a recall; null when none. */
    @Column(updatable = false)
    public String till;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "closed_at")
    public Instant closedAt;
}
