package com.bakery.payments.payment;

public enum PaymentMethod {
    /** Captured at once: the cashier has the money in hand. */
    CASH,
    /** Paid through the provider's hosted checkout; PENDING until the provider confirms it. */
    CARD
}
