package com.bakery.payments.refund;

import java.time.Instant;

public record RefundView(Long id, Long paymentId, long amountCents, Refund.Status status, String reason,
        String instructions, String requestedBy, Instant requestedAt, String resolvedBy, Instant resolvedAt) {

    public static RefundView of(Refund r) {
        return new RefundView(r.id, r.paymentId, r.amountCents, r.status, r.reason, r.instructions, r.requestedBy,
                r.requestedAt, r.resolvedBy, r.resolvedAt);
    }
}
