package com.bakery.sales.refund;

import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.sales.analytics.SalesAggregates;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.remote.Inventory;
import com.bakery.sales.remote.InventoryClient.ReturnRequest;
import com.bakery.sales.remote.PaymentSteps;
import com.bakery.sales.remote.PaymentsClient.Refund;
import com.bakery.sales.remote.PaymentsClient.RefundRequest;
import com.bakery.sales.remote.RemoteProblem;
import com.bakery.sales.remote.RemoteUnavailable;
import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleLine;
import com.bakery.sales.shift.ShiftService;
import com.bakery.sales.shift.TillRef;
import com.bakery.sales.sale.SaleRepository;
import com.bakery.sales.settings.Settings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Refunds a completed sale through payments-service (keyed, so a retry refunds once), never above what was paid
 * less what was refunded, and puts returned units back in inventory when asked. It runs in one transaction that
 * holds the sale's lock: if payments or inventory fails, nothing here is recorded and the retry (same key) heals.
 */
@ApplicationScoped
public class SaleRefundService {

    private final SaleRepository sales;
    private final PaymentSteps payments;
    private final Inventory inventory;
    private final SalesAggregates aggregates;
    private final Settings settings;
    private final ObjectMapper json;
    private final SaleRefundRepository refunds;
    private final ShiftService shifts;

    public SaleRefundService(SaleRepository sales, PaymentSteps payments, Inventory inventory,
            SalesAggregates aggregates, Settings settings, ObjectMapper json, SaleRefundRepository refunds,
            ShiftService shifts) {
        this.shifts = shifts;
        this.sales = sales;
        this.payments = payments;
        this.inventory = inventory;
        this.aggregates = aggregates;
        this.settings = settings;
        this.json = json;
        this.refunds = refunds;
    }

    @Transactional
    /**
     * Refunds a sale; at a till ({@code till} not null) the refund belongs to the till's open shift, where cash
     * given back leaves its drawer. Every refund gets the tenant's next credit note number.
     */
    public SaleRefund refund(Caller caller, String user, TillRef till, String saleId, String key,
            SaleRefundRequest request) {
        Sale sale = sales.lockInTenant(caller.tenant(), saleId);
        if (sale.status != Sale.Status.COMPLETED) {
            throw ProblemException.conflict("sale_not_completed",
                    "Sale " + saleId + " is " + sale.status + "; only a completed sale can be refunded.");
        }
        long refundable = sale.totalCents - sale.refundedCents;
        long amount = amount(sale, request, refundable);
        if (amount > refundable || amount <= 0) {
            throw ProblemException.unprocessable("refund_exceeds_paid",
                    "At most " + refundable + " cents of sale " + saleId + " can still be refunded.",
                    Map.of("refundableCents", refundable, "paidCents", sale.totalCents,
                            "refundedCents", sale.refundedCents));
        }
        SaleRefund refund = new SaleRefund();
        refund.tenantId = sale.tenantId;
        refund.saleId = sale.id;
        refund.amountCents = amount;
        refund.restock = request.restocks();
        refund.reason = request.reason();
        refund.lines = request.lines() == null ? null : write(request.lines());
        refund.createdBy = user;
        refund.shiftId = till == null ? null : shifts.requireOpen(sale.tenantId, till).id;
        refund.creditNoteNumber = sales.nextCreditNoteNumber(sale.tenantId);
        refunds.persist(refund);
        try {
            if (sale.paymentId != null) {
                Refund made = payments.refund(caller, "sale-refund-" + key, sale.paymentId,
                        new RefundRequest(amount, request.reason()));
                refund.paymentRefundId = made.id();
                refund.paymentRefundStatus = made.status();
                refund.instructions = made.instructions();
            }
            if (request.restocks() && request.lines() != null) {
                for (SaleRefundRequest.Line line : request.lines()) {
                    SaleLine sold = line(sale, line.productId());
                    long cogs = share(sold.cogsCents, line.quantity(), sold.quantity);
                    inventory.returnUnits(caller, "sale-return-" + key + "-" + line.productId(), line.productId(),
                            new ReturnRequest(line.quantity(), cogs, saleId, request.reason()));
                }
            }
        } catch (RemoteProblem p) {
            throw new ProblemException(p.status() >= 500 ? 502 : 422, "refund_refused", "Unprocessable Content",
                    p.service() + " refused the refund: " + p.detail());
        } catch (RuntimeException e) {
            if (RemoteUnavailable.is(e)) {
                throw ProblemException.unavailable("refund_unavailable",
                        "The refund could not be made now (" + e.getMessage() + "); nothing was refunded. "
                                + "Retry with the same Idempotency-Key.");
            }
            throw e;
        }
        if (request.lines() != null) {
            request.lines().forEach(l -> {
                SaleLine sold = line(sale, l.productId());
                sold.refundedQuantity = sold.refundedQuantity.add(l.quantity());
            });
        }
        sale.refundedCents += amount;
        aggregates.recordRefund(sale.tenantId, amount, refund.createdAt, settings.zone(sale.tenantId));
        return refund;
    }

    /** Lines are priced at what the customer paid for them (their net, discount included). */
    private long amount(Sale sale, SaleRefundRequest request, long refundable) {
        if (request.lines() == null || request.lines().isEmpty()) {
            return request.amountCents() != null ? request.amountCents() : refundable;
        }
        long total = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            SaleRefundRequest.Line wanted = request.lines().get(i);
            // each line is checked against what is left of its product: the same product twice would give back
            // (and restock) more than was sold
            if (!seen.add(wanted.productId())) {
                throw ProblemException.invalid("lines[" + i + "].productId",
                        "is listed twice; give its units in one line");
            }
            SaleLine sold = sale.lines.stream().filter(l -> l.productId == wanted.productId()).findFirst()
                    .orElse(null);
            BigDecimal kept = sold == null ? BigDecimal.ZERO : sold.quantity.subtract(sold.refundedQuantity);
            if (sold == null || wanted.quantity().compareTo(kept) > 0) {
                throw ProblemException.unprocessable("refund_exceeds_sold",
                        "Line " + i + " gives back more than the sale sold and kept.",
                        List.of(new Problem.FieldError("lines[" + i + "].quantity", sold == null
                                ? "this product is not on the sale" : "at most " + kept.stripTrailingZeros()
                                .toPlainString())));
            }
            if (sold.soldBy == SaleLine.SoldBy.UNIT && wanted.quantity().stripTrailingZeros().scale() > 0) {
                throw ProblemException.invalid("lines[" + i + "].quantity", "must be a whole number of units");
            }
            total += share(sold.netCents, wanted.quantity(), sold.quantity);
        }
        if (request.amountCents() != null && request.amountCents() > total) {
            throw ProblemException.unprocessable("refund_exceeds_paid",
                    "The units given back were paid " + total + " cents; the refund cannot be more.");
        }
        return request.amountCents() != null ? request.amountCents() : total;
    }

    private static long share(Long cents, BigDecimal part, BigDecimal whole) {
        return BigDecimal.valueOf(cents == null ? 0 : cents).multiply(part)
                .divide(whole, 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static SaleLine line(Sale sale, long productId) {
        return sale.lines.stream().filter(l -> l.productId == productId).findFirst().orElseThrow();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
