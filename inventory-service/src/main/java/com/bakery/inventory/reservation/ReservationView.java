package com.bakery.inventory.reservation;

import com.bakery.inventory.amount.Money;
import com.bakery.inventory.product.SoldBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A reservation as sales-service sees it: prices to charge, and once committed, the cost of goods sold. */
public record ReservationView(long id, String saleId, String status, Instant expiresAt, List<Line> lines,
        Long cogsCents) {

    /** {@code grossCents}: what the line charges, its markdown already taken off ({@code markdownCents}). */
    public record Line(long productId, String productName, BigDecimal quantity, long priceCents, String currency,
            Long cogsCents, Long grossCents, Long markdownCents, SoldBy soldBy) {
    }

    public static ReservationView of(Reservation r) {
        List<Line> lines = r.lines.stream().map(l -> new Line(l.productId(), l.productName(), Money.plain(l.quantity()),
                l.priceCents(), l.currency(), l.cogs() == null ? null : Money.cents(l.cogs()), l.grossCents(),
                l.markdownCents(), l.soldBy() == null ? SoldBy.UNIT : l.soldBy())).toList();
        Long total = r.status == Reservation.Status.COMMITTED
                ? Money.cents(r.lines.stream().map(Reservation.Line::cogs).reduce(BigDecimal.ZERO, BigDecimal::add))
                : null;
        return new ReservationView(r.id, r.saleId, r.status.name(), r.expiresAt, lines, total);
    }
}
