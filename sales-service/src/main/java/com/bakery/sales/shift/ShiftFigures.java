package com.bakery.sales.shift;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Adds up a shift's sales, refunds and cash movements into its Z report, in the database. */
@ApplicationScoped
public class ShiftFigures {

    private final EntityManager em;

    public ShiftFigures(EntityManager em) {
        this.em = em;
    }

    /** The report as of now; {@code count} and {@code denominations} are null until the drawer is counted. */
    public ZReport report(Shift shift, ZoneId zone, Long zNumber, String closedBy, Instant closedAt, Long count,
            Map<String, Integer> denominations) {
        Object[] totals = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(sum(subtotal_cents), 0), "
                + "coalesce(sum(discount_cents), 0), coalesce(sum(tax_cents), 0), coalesce(sum(total_cents), 0), "
                + "min(receipt_number), max(receipt_number), "
                + "coalesce(sum(total_cents) FILTER (WHERE payment_method = 'CASH'), 0) "
                + "FROM sale WHERE shift_id = ?1 AND status = 'COMPLETED'").setParameter(1, shift.id)
                .getSingleResult();
        Object[] refunds = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(sum(r.amount_cents), 0), "
                + "coalesce(sum(r.amount_cents) FILTER (WHERE s.payment_method = 'CASH'), 0), "
                + "min(r.credit_note_number), max(r.credit_note_number) "
                + "FROM sale_refund r JOIN sale s ON s.id = r.sale_id WHERE r.shift_id = ?1")
                .setParameter(1, shift.id).getSingleResult();
        List<ZReport.Movement> movements = em.createQuery("FROM CashMovement WHERE shiftId = ?1 ORDER BY id",
                CashMovement.class).setParameter(1, shift.id).getResultList().stream()
                .map(m -> new ZReport.Movement(m.kind, m.amountCents, m.reason, m.createdBy, m.createdAt)).toList();
        long paidIn = sum(movements, CashMovement.Kind.PAID_IN);
        long paidOut = sum(movements, CashMovement.Kind.PAID_OUT);
        long cashSales = n(totals[7]);
        long cashRefunds = n(refunds[2]);
        long expected = shift.openingFloatCents + cashSales - cashRefunds + paidIn - paidOut;
        ZReport.Cash cash = new ZReport.Cash(shift.openingFloatCents, cashSales, cashRefunds, paidIn, paidOut,
                expected, count, count == null ? null : count - expected, denominations, movements);
        return new ZReport(zNumber, shift.id, shift.tillId, shift.tillName, shift.currency, zone.getId(),
                shift.openedBy, shift.openedAt, closedBy, closedAt, n(totals[0]), n(totals[1]), n(totals[2]),
                n(totals[3]), n(totals[4]), n(refunds[0]), n(refunds[1]), nullable(totals[5]), nullable(totals[6]),
                nullable(refunds[3]), nullable(refunds[4]), byMethod(shift), byCashier(shift), byHour(shift, zone),
                discounts(shift), cash);
    }

    /** Sales of the shift still waiting for their payment: a shift does not close under them. */
    public long pendingSales(Shift shift) {
        return n(em.createNativeQuery("SELECT count(*) FROM sale WHERE shift_id = ?1 AND status = 'PENDING'")
                .setParameter(1, shift.id).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<ZReport.ByMethod> byMethod(Shift shift) {
        List<Object[]> rows = em.createNativeQuery("SELECT m.method, "
                + "(SELECT count(*) FROM sale s WHERE s.shift_id = ?1 AND s.status = 'COMPLETED' "
                + "AND s.payment_method = m.method), "
                + "(SELECT coalesce(sum(total_cents), 0) FROM sale s WHERE s.shift_id = ?1 AND s.status = 'COMPLETED' "
                + "AND s.payment_method = m.method), "
                + "(SELECT coalesce(sum(r.amount_cents), 0) FROM sale_refund r JOIN sale s ON s.id = r.sale_id "
                + "WHERE r.shift_id = ?1 AND s.payment_method = m.method) "
                + "FROM (VALUES ('CASH'), ('CARD')) AS m(method) ORDER BY m.method DESC")
                .setParameter(1, shift.id).getResultList();
        return rows.stream().map(r -> new ZReport.ByMethod((String) r[0], n(r[1]), n(r[2]), n(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<ZReport.ByCashier> byCashier(Shift shift) {
        List<Object[]> rows = em.createNativeQuery("SELECT cashier, count(*), sum(total_cents), "
                + "coalesce(sum(discount_cents), 0) FROM sale WHERE shift_id = ?1 AND status = 'COMPLETED' "
                + "GROUP BY cashier ORDER BY cashier").setParameter(1, shift.id).getResultList();
        return rows.stream().map(r -> new ZReport.ByCashier((String) r[0], n(r[1]), n(r[2]), n(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<ZReport.ByHour> byHour(Shift shift, ZoneId zone) {
        List<Object[]> rows = em.createNativeQuery("SELECT CAST(extract(hour FROM completed_at AT TIME ZONE ?2) "
                + "AS INTEGER) AS hour, count(*), sum(total_cents) FROM sale WHERE shift_id = ?1 "
                + "AND status = 'COMPLETED' GROUP BY 1 ORDER BY 1").setParameter(1, shift.id)
                .setParameter(2, zone.getId()).getResultList();
        return rows.stream().map(r -> new ZReport.ByHour(((Number) r[0]).intValue(), n(r[1]), n(r[2]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<ZReport.Discount> discounts(Shift shift) {
        List<Object[]> rows = em.createNativeQuery("SELECT receipt_number, cashier, discount_cents, discount_reason, "
                + "discount_approved_by FROM sale WHERE shift_id = ?1 AND status = 'COMPLETED' "
                + "AND discount_cents > 0 ORDER BY receipt_number").setParameter(1, shift.id).getResultList();
        return rows.stream().map(r -> new ZReport.Discount(nullable(r[0]), (String) r[1], n(r[2]), (String) r[3],
                (String) r[4])).toList();
    }

    private static long sum(List<ZReport.Movement> movements, CashMovement.Kind kind) {
        return movements.stream().filter(m -> m.kind() == kind).mapToLong(ZReport.Movement::amountCents).sum();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long nullable(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
