package com.bakery.sales.saga;

import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.sales.analytics.SalesAggregates;
import com.bakery.sales.config.SalesConfig;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.remote.InventoryClient.Reservation;
import com.bakery.sales.remote.InventoryClient.ReservationRequest;
import com.bakery.sales.remote.PaymentStatus;
import com.bakery.sales.remote.PaymentSteps;
import com.bakery.sales.remote.PaymentsClient.Payment;
import com.bakery.sales.remote.PaymentsClient.PaymentRequest;
import com.bakery.sales.remote.PaymentsClient.RefundRequest;
import com.bakery.sales.remote.RemoteProblem;
import com.bakery.sales.remote.RemoteUnavailable;
import com.bakery.sales.remote.ReservationSteps;
import com.bakery.sales.sale.FailureCode;
import com.bakery.sales.sale.Pricing;
import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleLine;
import com.bakery.sales.sale.SaleStep;
import com.bakery.sales.settings.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The checkout saga: reserve stock, take the payment, commit the reservation; or, on any failure, release the
 * reservation and void the payment. Remote calls happen outside database transactions, and each step's outcome
 * is stored (under the sale's lock) before the next begins. Every remote call is keyed by the sale id, so a
 * step run again after a crash never reserves or charges twice.
 */
@ApplicationScoped
public class CheckoutSaga {

    private static final Logger LOG = Logger.getLogger(CheckoutSaga.class);

    private final SagaStore sales;
    private final ReservationSteps inventory;
    private final PaymentSteps payments;
    private final Settings settings;
    private final SalesAggregates aggregates;
    private final SalesConfig config;

    public CheckoutSaga(SagaStore sales, ReservationSteps inventory, PaymentSteps payments, Settings settings,
            SalesAggregates aggregates, SalesConfig config) {
        this.config = config;
        this.sales = sales;
        this.inventory = inventory;
        this.payments = payments;
        this.settings = settings;
        this.aggregates = aggregates;
    }

    /**
     * Runs the sale forward as far as it can go now: to COMPLETED or FAILED, to AWAITING_PAYMENT (a card), or
     * until a service it needs is unavailable (recovery goes on later).
     */
    public Sale advance(UUID saleId, Caller caller) {
        return advanceFrom(sales.find(saleId), caller);
    }

    /** As {@link #advance}, from the sale as its caller has just stored it, without reading it again. */
    public Sale advanceFrom(Sale sale, Caller caller) {
        // each step stores its outcome and hands on the sale as stored; the loop ends when a step cannot move
        for (int i = 0; i < 8 && sale != null; i++) {
            Sale next = next(sale, caller);
            if (next == null) {
                return sale;
            }
            sale = next;
        }
        return sale;
    }

    /** Takes the sale's next step; false when it could not move (waiting, finished, or a service is down). */
    public boolean step(UUID saleId, Caller caller) {
        Sale sale = sales.find(saleId);
        return sale != null && next(sale, caller) != null;
    }

    private Sale next(Sale sale, Caller caller) {
        return switch (sale.step) {
            case CREATED -> reserve(sale, caller);
            case RESERVED -> pay(sale, caller);
            case PAID -> commit(sale, caller);
            case FAILING -> undo(sale, caller);
            case AWAITING_PAYMENT, COMPLETED, FAILED -> null;
        };
    }

    /**
     * The till gives up on a card sale still waiting for the buyer (a declined card): the payment is cancelled
     * and the sale undone. If the buyer paid meanwhile, the sale completes instead. Answers the sale as it ends up.
     */
    public Sale cancel(UUID saleId, Caller caller) {
        Sale sale = sales.find(saleId);
        if (sale.step != SaleStep.AWAITING_PAYMENT) {
            throw ProblemException.conflict("sale_not_awaiting_payment",
                    "Sale " + saleId + " is " + sale.status + " (" + sale.step + "); only a sale waiting for a card "
                            + "payment can be cancelled.");
        }
        Payment payment;
        try {
            payment = payments.cancel(caller, sale.paymentId);
        } catch (RemoteProblem p) {
            // already ended at payments (e.g. paid a moment ago): take it as it is
            payment = payments.get(caller, sale.paymentId);
        }
        onPayment(sale.tenantId, saleId, payment);
        advance(saleId, caller);
        return sales.find(saleId);
    }

    private Sale reserve(Sale sale, Caller caller) {
        String saleId = sale.id.toString();
        Reservation reservation;
        try {
            // a card sale's stock is held while its payment link can still be paid; cash is paid at once
            Integer hold = sale.paymentMethod == Sale.Method.CARD ? (int) config.cardHold().toSeconds() : null;
            reservation = inventory.reserve(caller, saleId, sale.lines.stream()
                    .map(l -> new ReservationRequest.Line(l.productId, l.quantity)).toList(), hold, sale.tillName);
        } catch (RemoteProblem p) {
            if (p.status() == 409 && FailureCode.INSUFFICIENT_STOCK.code().equals(p.code())) {
                // inventory reserves all or nothing: nothing is held, so the sale ends here
                return sales.update(sale.id, SaleStep.CREATED, s -> {
                    s.failureCode = FailureCode.INSUFFICIENT_STOCK;
                    s.failureReason = p.detail();
                    s.failureDetail = p.body().path("shortfalls").toString();
                    s.moveTo(SaleStep.FAILED, "insufficient stock");
                });
            }
            if (p.status() == 400 || p.status() == 404) {
                // the client's input was wrong (an unknown or foreign product): the sale is not kept
                sales.discard(sale.id);
                throw badLines(p);
            }
            return sales.update(sale.id, SaleStep.CREATED,
                    s -> s.fail(FailureCode.INVENTORY_REFUSED, p.getMessage()));
        } catch (RuntimeException e) {
            if (!RemoteUnavailable.is(e)) {
                throw e;
            }
            // the reservation may or may not exist: undoing releases it either way
            return sales.update(sale.id, SaleStep.CREATED, s -> s.fail(FailureCode.INVENTORY_UNAVAILABLE,
                    "Inventory is unavailable; nothing was sold (" + e.getMessage() + ")."));
        }
        Settings.View rules = settings.of(sale.tenantId);
        return sales.update(sale.id, SaleStep.CREATED, s -> priced(s, reservation, rules));
    }

    private void priced(Sale sale, Reservation reservation, Settings.View rules) {
        for (SaleLine line : sale.lines) {
            Reservation.Line held = reservation.lines().stream().filter(r -> r.productId() == line.productId)
                    .findFirst().orElseThrow();
            line.unitPriceCents = held.priceCents();
            line.grossCents = held.grossCents();
            line.soldBy = "WEIGHT".equals(held.soldBy()) ? SaleLine.SoldBy.WEIGHT : SaleLine.SoldBy.UNIT;
            line.markdownCents = held.markdownCents() == null ? 0 : held.markdownCents();
            line.productName = held.productName();
        }
        List<String> currencies = reservation.lines().stream().map(Reservation.Line::currency).distinct().toList();
        if (currencies.size() != 1) {
            sale.fail(FailureCode.MIXED_CURRENCIES,
                    "The products are priced in different currencies " + currencies + ".");
            return;
        }
        sale.currency = currencies.get(0);
        if (!Pricing.apply(sale, rules.taxRateBp())) {
            sale.fail(FailureCode.DISCOUNT_EXCEEDS_TOTAL, "The discount is larger than the sale.");
            return;
        }
        // the threshold is checked on the amount taken off, whichever way the discount was given
        if (sale.discountApprovedBy == null
                && sale.discountCents * 100 > sale.subtotalCents * rules.discountApprovalPercent()) {
            sale.fail(FailureCode.DISCOUNT_NEEDS_APPROVAL, "A discount above " + rules.discountApprovalPercent()
                    + " % of the sale needs a manager's approval at the till (discount.approvalToken).");
            return;
        }
        if (sale.paymentMethod == Sale.Method.CASH) {
            if (sale.tenderedCents < sale.totalCents) {
                sale.fail(FailureCode.INSUFFICIENT_TENDER, "Tendered " + sale.tenderedCents + " cents for a total of "
                        + sale.totalCents + ".");
                return;
            }
            sale.changeCents = sale.tenderedCents - sale.totalCents;
        }
        sale.moveTo(SaleStep.RESERVED, "total " + sale.totalCents + " " + sale.currency);
    }

    private Sale pay(Sale sale, Caller caller) {
        if (sale.totalCents == 0) {
            return sales.update(sale.id, SaleStep.RESERVED, s -> s.moveTo(SaleStep.PAID, "nothing to pay"));
        }
        Payment payment;
        try {
            payment = payments.create(caller, sale.id.toString(), new PaymentRequest(sale.id.toString(),
                    sale.totalCents, sale.currency, sale.paymentMethod.name(), "Sale " + sale.id));
        } catch (RemoteProblem p) {
            FailureCode code = switch (p.code()) {
                case "provider_unavailable" -> FailureCode.PAYMENT_UNAVAILABLE;
                case "provider_rejected" -> FailureCode.PAYMENT_DECLINED;
                default -> FailureCode.PAYMENT_REFUSED;
            };
            return sales.update(sale.id, SaleStep.RESERVED, s -> {
                s.paymentId = p.body().hasNonNull("paymentId") ? p.body().get("paymentId").asLong() : null;
                s.paymentStatus = PaymentStatus.named(p.body().path("status").asText(null));
                s.fail(code, p.detail());
            });
        } catch (RuntimeException e) {
            if (!RemoteUnavailable.is(e)) {
                throw e;
            }
            return sales.update(sale.id, SaleStep.RESERVED, s -> {
                s.paymentUncertain = true;
                s.fail(FailureCode.PAYMENTS_UNAVAILABLE, "Payments are unavailable; nothing was charged ("
                        + e.getMessage() + ").");
            });
        }
        return sales.update(sale.id, SaleStep.RESERVED, s -> paid(s, payment));
    }

    /**
     * A card payment of a sale AWAITING_PAYMENT ended (an event, or recovery asked): record it, then go on.
     * Anything else (a sale already past that step) is left alone, so a late or repeated event changes nothing.
     */
    public void onPayment(String tenant, UUID saleId, Payment payment) {
        boolean moved = null != sales.update(saleId, SaleStep.AWAITING_PAYMENT, s -> {
            if (s.tenantId.equals(tenant) && s.paymentId != null && s.paymentId == payment.id()) {
                paid(s, payment);
            }
        });
        if (moved) {
            LOG.debugf("Sale %s: payment %d is %s", saleId, payment.id(), payment.status());
        }
    }

    /** Applies what payments-service says of this sale's payment. */
    void paid(Sale sale, Payment payment) {
        sale.paymentId = payment.id();
        sale.paymentStatus = payment.status();
        sale.attention = payment.attention();
        String reason = payment.failureReason() != null ? payment.failureReason()
                : "The payment ended " + payment.status() + ".";
        switch (payment.status()) {
            case CAPTURED, PARTIALLY_REFUNDED, REFUNDED -> sale.moveTo(SaleStep.PAID, "payment " + payment.id());
            case PENDING -> {
                sale.checkoutUrl = payment.checkoutUrl();
                if (sale.step != SaleStep.AWAITING_PAYMENT) {
                    sale.moveTo(SaleStep.AWAITING_PAYMENT, "payment " + payment.id() + " awaits the buyer");
                }
            }
            case FAILED -> sale.fail(FailureCode.PAYMENT_FAILED, reason);
            case EXPIRED -> sale.fail(FailureCode.PAYMENT_EXPIRED, reason);
        }
    }

    private Sale commit(Sale sale, Caller caller) {
        Reservation committed;
        try {
            committed = inventory.commit(caller, sale.id.toString());
        } catch (RemoteProblem p) {
            // the reservation expired or was released before the payment came in: the payment must be undone
            return sales.update(sale.id, SaleStep.PAID, s -> {
                s.paymentUncertain = true;
                s.fail(FailureCode.RESERVATION_LOST, p.detail());
            });
        } catch (RuntimeException e) {
            if (!RemoteUnavailable.is(e)) {
                throw e;
            }
            LOG.warnf("Sale %s is paid; committing its stock waits for inventory (%s)", sale.id, e.getMessage());
            return null;
        }
        var zone = settings.zone(sale.tenantId);
        return sales.update(sale.id, SaleStep.PAID, s -> {
            for (SaleLine line : s.lines) {
                line.cogsCents = committed.lines().stream().filter(r -> r.productId() == line.productId)
                        .mapToLong(r -> r.cogsCents() == null ? 0 : r.cogsCents()).sum();
            }
            s.cogsCents = committed.cogsCents();
            s.completedAt = Instant.now();
            s.moveTo(SaleStep.COMPLETED, "cost of goods " + s.cogsCents);
            aggregates.recordSale(s, zone);
        });
    }

    /** Releases the stock and voids any payment of a failed sale; stays FAILING while a service is down. */
    private Sale undo(Sale sale, Caller caller) {
        String saleId = sale.id.toString();
        try {
            try {
                inventory.release(caller, saleId);
            } catch (RemoteProblem p) {
                // never reserved (404), or already ended: nothing held
                LOG.debugf("Sale %s: release answered %s", saleId, p.getMessage());
            }
            if (sale.paymentId != null || sale.paymentUncertain) {
                for (Payment payment : payments.byReference(caller, saleId)) {
                    voidPayment(caller, saleId, payment);
                }
            }
        } catch (RuntimeException e) {
            if (!RemoteUnavailable.is(e)) {
                throw e;
            }
            LOG.warnf("Sale %s stays FAILING until it can be undone (%s)", saleId, e.getMessage());
            return null;
        }
        return sales.update(sale.id, SaleStep.FAILING, s -> s.moveTo(SaleStep.FAILED, "undone"));
    }

    private void voidPayment(Caller caller, String saleId, Payment payment) {
        switch (payment.status()) {
            case PENDING -> payments.cancel(caller, payment.id());
            case CAPTURED, PARTIALLY_REFUNDED -> payments.refund(caller, "void-" + saleId + "-" + payment.id(),
                    payment.id(), new RefundRequest(payment.capturedCents() - payment.refundedCents(),
                            "Sale " + saleId + " failed"));
            default -> {
                // FAILED, EXPIRED, REFUNDED: nothing to undo
            }
        }
    }

    private static ProblemException badLines(RemoteProblem p) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (JsonNode error : p.body().path("errors")) {
            errors.add(new Problem.FieldError(error.path("field").asText(), error.path("reason").asText()));
        }
        return ProblemException.invalid(p.detail().isEmpty() ? "A line names a product that does not exist."
                : p.detail(), errors);
    }
}
