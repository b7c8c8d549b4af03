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

    public long grossCents() {
        return Math.multiplyExact(unitPriceCents, (long) quantity);
    }
}
