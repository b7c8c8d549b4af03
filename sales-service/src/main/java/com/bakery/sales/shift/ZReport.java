package com.bakery.sales.shift;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The end-of-shift (Z) report of a till: what was sold, given off, refunded and taken, and the cash drawer. Frozen
 * as JSON when the shift closes; the same figures, with no number and no count, for a shift still open. Money in
 * cents of {@code currency}; {@code net} is what the customers paid (tax included), {@code gross} the price before
 * discounts.
 */
public record ZReport(Long zNumber, UUID shiftId, String tillId, String tillName, String currency, String timeZone,
        String openedBy, Instant openedAt, String closedBy, Instant closedAt,
        long salesCount, long grossCents, long discountCents, long taxCents, long netCents,
        long refundsCount, long refundsCents,
        Long firstReceipt, Long lastReceipt, Long firstCreditNote, Long lastCreditNote,
        List<ByMethod> byMethod, List<ByCashier> byCashier, List<ByHour> byHour, List<Discount> discounts,
        Cash cash) {

    /** Sales and refunds of one payment method. */
    public record ByMethod(String method, long salesCount, long netCents, long refundsCents) {
    }

    public record ByCashier(String cashier, long salesCount, long netCents, long discountCents) {
    }

    /** An hour of the day in the shop's zone (0-23). */
    public record ByHour(int hour, long salesCount, long netCents) {
    }

    /** A discounted sale: how much, why and who approved it. */
    public record Discount(Long receiptNumber, String cashier, long discountCents, String reason, String approvedBy) {
    }

    /**
     * The drawer: the float, cash sales (what customers paid, change already given back), cash refunds and cash
     * paid in and out make what should be there; the count, and the difference (counted minus expected).
     */
    public record Cash(long openingFloatCents, long cashSalesCents, long cashRefundsCents, long paidInCents,
            long paidOutCents, long expectedCents, Long countedCents, Long differenceCents,
            Map<String, Integer> countedDenominations, List<Movement> movements) {
    }

    public record Movement(CashMovement.Kind kind, long amountCents, String reason, String by, Instant at) {
    }
}
