package com.bakery.sales.remote;

/** A payment's status as payments-service answers it (its {@code PaymentStatus}). */
public enum PaymentStatus {
    PENDING, CAPTURED, FAILED, EXPIRED, PARTIALLY_REFUNDED, REFUNDED;

    /**
     * The status a problem answer of payments-service names, or null. Its {@code status} member is the payment's
     * status only when the JSON reader kept that one of the two {@code status} members (the problem's own is a number).
     */
    public static PaymentStatus named(String name) {
        for (PaymentStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}
