package com.bakery.payments.payment;

import java.util.EnumSet;
import java.util.Set;

/** A payment's life: PENDING ends CAPTURED, FAILED or EXPIRED; a captured payment can then be refunded. */
public enum PaymentStatus {
    PENDING, CAPTURED, FAILED, EXPIRED, PARTIALLY_REFUNDED, REFUNDED;

    public Set<PaymentStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CAPTURED, FAILED, EXPIRED);
            case CAPTURED, PARTIALLY_REFUNDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
            case FAILED, EXPIRED, REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    public boolean isCaptured() {
        return this == CAPTURED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
