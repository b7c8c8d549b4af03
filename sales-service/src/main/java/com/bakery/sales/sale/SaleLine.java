package com.bakery.sales.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A line of a sale: the price is the product's at reservation time, never the client's. */
@Embeddable
public class SaleLine {

    @Column(name = "product_id", nullable = false)
    public long productId;

    @Column(name = "product_name")
    public String productName;

    @Column(nullable = false)
    public int quantity;

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
    public int refundedQuantity;

    /** The line's amount before the sale's discount (lines priced before markdowns: quantity × unit price). */
    public long gross() {
        return grossCents != null ? grossCents : Math.multiplyExact(unitPriceCents, (long) quantity);
    }
}
