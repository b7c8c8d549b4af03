package com.bakery.payments.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

public record PaymentView(Long id, String reference, PaymentMethod method, PaymentStatus status, long amountCents,
        String currency, long capturedCents, long refundedCents, String description, String provider,
        String checkoutUrl, String orderNsu, String slug, String transactionNsu, String receiptUrl,
        String captureMethod, Integer installments, Long paidAmountCents, String failureCode, String failureReason,
        String attention, Instant createdAt, Instant updatedAt, Instant capturedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events) {

    public record EventView(String type, PaymentStatus from, PaymentStatus to, String detail, Instant at) {
    }

    public static PaymentView of(Payment p) {
        return of(p, null);
    }

    public static PaymentView withHistory(Payment p, List<PaymentEvent> history) {
        return of(p, history.stream()
                .map(e -> new EventView(e.type, e.fromStatus, e.toStatus, e.detail, e.at)).toList());
    }

    private static PaymentView of(Payment p, List<EventView> events) {
        return new PaymentView(p.id, p.reference, p.method, p.status, p.amountCents, p.currency, p.capturedCents,
                p.refundedCents, p.description, p.provider, p.checkoutUrl, p.orderNsu, p.slug, p.transactionNsu,
                p.receiptUrl, p.captureMethod, p.installments, p.paidAmountCents, p.failureCode, p.failureReason,
                p.attention, p.createdAt, p.updatedAt, p.capturedAt, events);
    }
}
