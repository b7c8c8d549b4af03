package com.bakery.sales.saga;

import com.bakery.sales.config.SalesConfig;
import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.sales.analytics.SalesAggregates;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.remote.Inventory;
import com.bakery.sales.remote.InventoryClient.Reservation;
import com.bakery.sales.remote.InventoryClient.ReservationRequest;
import com.bakery.sales.remote.Payments;
import com.bakery.sales.remote.PaymentsClient.Payment;
import com.bakery.sales.remote.PaymentsClient.PaymentRequest;
import com.bakery.sales.remote.PaymentsClient.RefundRequest;
import com.bakery.sales.remote.RemoteProblem;
import com.bakery.sales.remote.RemoteUnavailable;
import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleLine;
import com.bakery.sales.sale.SaleRepository;
import com.bakery.sales.sale.SaleStep;
import com.bakery.sales.settings.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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

    private final SaleRepository sales;
    private final Inventory inventory;
    private final Payments payments;
    private final Settings settings;
    private final SalesAggregates aggregates;
    private final SalesConfig config;

    public CheckoutSaga(SaleRepository sales, Inventory inventory, Payments payments, Settings settings,
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
        return advanceFrom(QuarkusTransaction.requiringNew().call(() -> sales.findById(saleId)), caller);
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
        Sale sale = QuarkusTransaction.requiringNew().call(() -> sales.findById(saleId));
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
     * and the sale undone. If the buyer paid meanwhile, the sale completes instead.
     */
    public void cancel(UUID saleId, Caller caller) {
        Sale sale = QuarkusTransaction.requiringNew().call(() -> sales.findById(saleId));
        if (sale.step != SaleStep.AWAITING_PAYMENT) {
            throw new ProblemException(409, "sale_not_awaiting_payment", "Conflict",
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
    }

    private Sale reserve(Sale sale, Caller caller) {
        String saleId = sale.id.toString();
        Reservation reservation;
        try {
            // a card sale's stock is held while its payment link can still be paid; cash is paid at once
            Integer hold = sale.paymentMethod == Sale.Method.CARD ? (int) config.cardHold().toSeconds() : null;
            reservation = inventory.reserve(caller, saleId, sale.lines.stream()
                    .map(l -> new ReservationRequest.Line(l.productId, l.quantity)).toList(), hold);
        } catch (RemoteProblem p) {
            if (p.status() == 409 && "insufficient_stock".equals(p.code())) {
                // inventory reserves all or nothing: nothing is held, so the sale ends here
                return update(sale.id, SaleStep.CREATED, s -> {
                    s.failureCode = "insufficient_stock";
                    s.failureReason = p.detail();
                    s.failureDetail = p.body().path("shortfalls").toString();
                    s.moveTo(SaleStep.FAILED, "insufficient stock");
                });
            }
            if (p.status() == 400 || p.status() == 404) {
                // the client's input was wrong (an unknown or foreign product): the sale is not kept
                QuarkusTransaction.requiringNew().run(() -> sales.discard(sale.id));
                throw badLines(p);
            }
            return update(sale.id, SaleStep.CREATED, s -> s.fail("inventory_refused", p.getMessage()));
        } catch (RuntimeException e) {
            if (!RemoteUnavailable.is(e)) {
                throw e;
            }
            // the reservation may or may not exist: undoing releases it either way
            return update(sale.id, SaleStep.CREATED, s -> s.fail("inventory_unavailable",
                    "Inventory is unavailable; nothing was sold (" + e.getMessage() + ")."));
        }
        int taxRate = settings.of(sale.tenantId).taxRateBp();
        return update(sale.id, SaleStep.CREATED, s -> priced(s, reservation, taxRate));
    }

    private void priced(Sale sale, Reservation reservation, int taxRate) {
        for (SaleLine line : sale.lines) {
            Reservation.Line held = reservation.lines().stream().filter(r -> r.productId() == line.productId)
                    .findFirst().orElseThrow();
            line.unitPriceCents = held.priceCents();
            line.productName = held.productName();
        }
        List<String> currencies = reservation.lines().stream().map(Reservation.Line::currency).distinct().toList();
        if (currencies.size() != 1) {
            sale.fail("mixed_currencies", "The products are priced in different currencies " + currencies + ".");
            return;
        }
        sale.currency = currencies.get(0);
        if (!Pricing.apply(sale, taxRate)) {
            sale.fail("discount_exceeds_total", "The discount is larger than the sale.");
            return;
        }
        if (sale.paymentMethod == Sale.Method.CASH) {
            if (sale.tenderedCents < sale.totalCents) {
                sale.fail("insufficient_tender", "Tendered " + sale.tenderedCents + " cents for a total of "
                        + sale.totalCents + ".");
                return;
            }
            sale.changeCents = sale.tenderedCents - sale.totalCents;
        }
        sale.moveTo(SaleStep.RESERVED, "total " + sale.totalCents + " " + sale.currency);
    }

    private Sale pay(Sale sale, Caller caller) {
        if (sale.totalCents == 0) {
            return update(sale.id, SaleStep.RESERVED, s -> s.moveTo(SaleStep.PAID, "nothing to pay"));
        }
        Payment payment;
        try {
            payment = payments.create(caller, sale.id.toString(), new PaymentRequest(sale.id.toString(),
                    sale.totalCents, sale.currency, sale.paymentMethod.name(), "Sale " + sale.id));
        } catch (RemoteProblem p) {
            String code = switch (p.code()) {
                case "provider_unavailable" -> "payment_unavailable";
                case "provider_rejected" -> "payment_declined";
                default -> "payment_refused";
            };
            return update(sale.id, SaleStep.RESERVED, s -> {
                s.paymentId = p.body().hasNonNull("paymentId") ? p.body().get("paymentId").asLong() : null;
                s.paymentStatus = p.body().path("status").asText(null);
                s.fail(code, p.detail());
            });
        } catch (RuntimeException e) {
            if (!RemoteUnavailable.is(e)) {
                throw e;
            }
            return update(sale.id, SaleStep.RESERVED, s -> {
                s.paymentUncertain = true;
                s.fail("payments_unavailable", "Payments are unavailable; nothing was charged ("
                        + e.getMessage() + ").");
            });
        }
        return update(sale.id, SaleStep.RESERVED, s -> paid(s, payment));
    }

    /**
     * A card payment of a sale AWAITING_PAYMENT ended (an event, or recovery asked): record it, then go on.
     * Anything else (a sale already past that step) is left alone, so a late or repeated event changes nothing.
     */
    public void onPayment(String tenant, UUID saleId, Payment payment) {
        boolean moved = null != update(saleId, SaleStep.AWAITING_PAYMENT, s -> {
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
        switch (payment.status()) {
            case "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED" -> sale.moveTo(SaleStep.PAID, "payment " + payment.id());
            case "PENDING" -> {
                sale.checkoutUrl = payment.checkoutUrl();
                if (sale.step != SaleStep.AWAITING_PAYMENT) {
                    sale.moveTo(SaleStep.AWAITING_PAYMENT, "payment " + payment.id() + " awaits the buyer");
                }
            }
            default -> sale.fail("payment_" + payment.status().toLowerCase(), payment.failureReason() != null
                    ? payment.failureReason() : "The payment ended " + payment.status() + ".");
        }
    }

    private Sale commit(Sale sale, Caller caller) {
        Reservation committed;
        try {
            committed = inventory.commit(caller, sale.id.toString());
        } catch (RemoteProblem p) {
            // the reservation expired or was released before the payment came in: the payment must be undone
            return update(sale.id, SaleStep.PAID, s -> {
                s.paymentUncertain = true;
                s.fail("reservation_lost", p.detail());
            });
        } catch (RuntimeException e) {
            if (!RemoteUnavailable.is(e)) {
                throw e;
            }
            LOG.warnf("Sale %s is paid; committing its stock waits for inventory (%s)", sale.id, e.getMessage());
            return null;
        }
        var zone = settings.zone(sale.tenantId);
        return update(sale.id, SaleStep.PAID, s -> {
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
        return update(sale.id, SaleStep.FAILING, s -> s.moveTo(SaleStep.FAILED, "undone"));
    }

    private void voidPayment(Caller caller, String saleId, Payment payment) {
        switch (payment.status()) {
            case "PENDING" -> payments.cancel(caller, payment.id());
            case "CAPTURED", "PARTIALLY_REFUNDED" -> payments.refund(caller, "void-" + saleId + "-" + payment.id(),
                    payment.id(), new RefundRequest(payment.capturedCents() - payment.refundedCents(),
                            "Sale " + saleId + " failed"));
            default -> {
                // FAILED, EXPIRED, REFUNDED: nothing to undo
            }
        }
    }

    /** Applies {@code change} under the sale's lock if the sale is still at {@code expected}: the sale as it now is,
     *  or null when it had moved on meanwhile. One transaction per step: what checkout's commit count is made of. */
    private Sale update(UUID saleId, SaleStep expected, Consumer<Sale> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Sale sale = sales.lock(saleId);
            if (sale.step != expected) {
                return null;
            }
            sale.attempts++;
            change.accept(sale);
            return sale;
        });
    }

    private static ProblemException badLines(RemoteProblem p) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (JsonNode error : p.body().path("errors")) {
            errors.add(new Problem.FieldError(error.path("field").asText(), error.path("reason").asText()));
        }
        return new ProblemException(400, "validation_failed", "Request is not valid",
                p.detail().isEmpty() ? "A line names a product that does not exist." : p.detail(), errors);
    }
}
