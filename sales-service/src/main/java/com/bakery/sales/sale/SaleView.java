package com.bakery.sales.sale;

import com.bakery.sales.remote.PaymentStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sale as the till and the manager see it. Money in whole cents of {@code currency}; {@code receiptNumber} once it
 * has completed.
 */
public record SaleView(UUID id, @JsonInclude(JsonInclude.Include.NON_NULL) Long receiptNumber, Sale.Status status,
        SaleStep step, String cashier, @JsonInclude(JsonInclude.Include.NON_NULL) String tillName,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID shiftId, List<Line> lines, String currency,
        Long subtotalCents, Long discountCents, @JsonInclude(JsonInclude.Include.NON_NULL) String discountReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String discountApprovedBy, Long totalCents, Integer taxRateBp,
        Long taxCents, Long cogsCents, long refundedCents, Sale.Method paymentMethod, Long tenderedCents,
        Long changeCents, Long paymentId, PaymentStatus paymentStatus, String checkoutUrl, String failureCode,
        String failureReason, @JsonInclude(JsonInclude.Include.NON_NULL) String attention,
        @JsonRawValue String shortfalls, Instant createdAt, Instant completedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> history) {

    public record Line(long productId, String productName, BigDecimal quantity, SaleLine.SoldBy soldBy,
            Long unitPriceCents, Long grossCents, long markdownCents, Long discountCents, Long netCents,
            Long cogsCents, BigDecimal refundedQuantity) {
    }

    public record Step(SaleStep step, String detail, Instant at) {
    }

    public static SaleView of(Sale s) {
        return of(s, null);
    }

    public static SaleView withHistory(Sale s) {
        return of(s, SaleStepEntry.of(s.id).stream().map(e -> new Step(e.step, e.detail, e.at)).toList());
    }

    private static SaleView of(Sale s, List<Step> history) {
        List<Line> lines = s.lines.stream().map(l -> new Line(l.productId, l.productName,
                SaleLine.plain(l.quantity), l.soldBy, l.unitPriceCents, l.unitPriceCents == null ? null : l.gross(),
                l.markdownCents, l.discountCents, l.netCents, l.cogsCents, SaleLine.plain(l.refundedQuantity)))
                .toList();
        return new SaleView(s.id, s.receiptNumber, s.status, s.step, s.cashier, s.tillName, s.shiftId, lines,
                s.currency, s.subtotalCents, s.discountCents, s.discountReason, s.discountApprovedBy, s.totalCents,
                s.taxRateBp, s.taxCents, s.cogsCents, s.refundedCents, s.paymentMethod,
                s.tenderedCents, s.changeCents, s.paymentId, s.paymentStatus, s.checkoutUrl,
                s.failureCode == null ? null : s.failureCode.code(), s.failureReason, s.attention, s.failureDetail,
                s.createdAt, s.completedAt, history);
    }
}
