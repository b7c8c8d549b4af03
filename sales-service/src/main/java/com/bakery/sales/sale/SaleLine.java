package com.bakery.sales.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A line of a sale: the price is the product's at reservation time, never the client's. */
@Embeddable
public class SaleLine {

    @Column(name = "product_id", nullable = false)
    public long productId;

    @Column(name = "product_name")
    public String productName;

    /** How the quantity counts, as inventory said when it priced the line. */
    public enum SoldBy { UNIT, WEIGHT }

    /** Units, or kg (to the gram) for goods sold by weight. */
    @Column(nullable = false)
    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "sold_by", nullable = false)
    public SoldBy soldBy = SoldBy.UNIT;

    @Column(name = "unit_price_cents")
    public Long unitPriceCents;

    /** What the line charges before the sale's discount: quantity × unit price less the markdown, rounded once. */
    @Column(name = "gross_cents")
    public Long grossCents;

    /** How much of quantity × unit price the markdown of aged units took off. */
    @Column(name = "markdown_cents", nullable = false)
    public long markdownCents;

    /** This line's share of the sale's discount. */
    @Column(name = "discount_cents")
    public Long discountCents;

    /** What the customer paid for this line: quantity × unit price − its discount share. */
    @Column(name = "net_cents")
    public Long netCents;

    /** FIFO cost of the units sold, from inventory when the reservation is committed. */
    @Column(name = "cogs_cents")
    public Long cogsCents;

    @Column(name = "refunded_quantity", nullable = false)
    public BigDecimal refundedQuantity = BigDecimal.ZERO;

    /** A quantity as clients see it: 3 and 0.355, not 3.000 or 1E+1. */
    public static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The line's amount before the sale's discount (lines priced before markdowns: quantity × unit price). */
    public long gross() {
        return grossCents != null ? grossCents : BigDecimal.valueOf(unitPriceCents).multiply(quantity)
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
