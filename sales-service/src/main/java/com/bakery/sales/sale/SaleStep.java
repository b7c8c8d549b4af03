package com.bakery.sales.sale;

/**
 * Where a sale's saga stands. Each step's outcome is stored before the next begins, so a restart resumes any
 * sale that is not COMPLETED or FAILED. FAILING: failed, with the reservation (and any payment) still to undo.
 */
public enum SaleStep {
    CREATED, RESERVED, AWAITING_PAYMENT, PAID, COMPLETED, FAILING, FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
