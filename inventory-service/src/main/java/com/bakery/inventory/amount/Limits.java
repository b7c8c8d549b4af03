package com.bakery.inventory.amount;

/**
 * The largest quantities and amounts inventory accepts, documented in OpenAPI through the request annotations.
 * A batch is worth at most 10^6 × 10^8 = 10^14 cents, so values summed over tens of thousands of batches still
 * fit a long; before these bounds one batch worth over 2^63 cents was stored and every read of it failed.
 */
public final class Limits {

    /** In the material's own unit (1,000 t of flour in kg). */
    public static final String MAX_QUANTITY = "1000000";

    /** 1,000,000.00 a unit. */
    public static final long MAX_UNIT_COST_CENTS = 100_000_000L;

    /** 100,000,000.00: a cost of goods handed back with returned units. */
    public static final long MAX_TOTAL_CENTS = 10_000_000_000L;

    private Limits() {
    }
}
