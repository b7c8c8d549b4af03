package com.bakery.sales.receipt;

import com.bakery.sales.sale.SaleLine;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A completed sale's receipt as printed: the shop, the lines, discount, tax included per rate, payment and change,
 * cashier, till and time in the shop's zone. {@code copy} when printed before (a reprint). Money in cents.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Receipt(Shop shop, long receiptNumber, UUID saleId, boolean copy, String issuedAt, String timeZone,
        String cashier, String till, String currency, List<Line> lines, long subtotalCents, long discountCents,
        String discountReason, String discountApprovedBy, long totalCents, List<Tax> taxes, String paymentMethod,
        Long tenderedCents, Long changeCents, List<CreditNote> creditNotes) {

    /** The shop as its settings name it; the tenant's id stands in for a name never set. */
    public record Shop(String name, String address, String taxId) {
    }

    /**
     * {@code quantity}: units, or kg when {@code soldBy} is WEIGHT (the unit price is then per kg);
     * {@code grossCents}: what the line charged before the sale's discount; {@code markdownCents}: aged units.
     */
    public record Line(String product, BigDecimal quantity, SaleLine.SoldBy soldBy, long unitPriceCents,
            long grossCents,
            long markdownCents, long discountCents, long netCents) {
    }

    /** Tax included in the total at one rate (basis points): the tax, and the amount it was part of. */
    public record Tax(int rateBp, long taxCents, long grossCents) {
    }

    /** A refund of the sale, by its credit note. */
    public record CreditNote(Long number, long amountCents, String at) {
    }
}
