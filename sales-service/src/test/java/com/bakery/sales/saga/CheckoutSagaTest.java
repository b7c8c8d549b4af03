package com.bakery.sales.saga;

import static com.bakery.sales.sale.SaleStep.AWAITING_PAYMENT;
import static com.bakery.sales.sale.SaleStep.COMPLETED;
import static com.bakery.sales.sale.SaleStep.CREATED;
import static com.bakery.sales.sale.SaleStep.FAILED;
import static com.bakery.sales.sale.SaleStep.FAILING;
import static com.bakery.sales.sale.SaleStep.PAID;
import static com.bakery.sales.sale.SaleStep.RESERVED;
import static com.bakery.sales.saga.FakeInventory.Step.COMMIT;
import static com.bakery.sales.saga.FakeInventory.Step.RELEASE;
import static com.bakery.sales.saga.FakeInventory.Step.RESERVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.common.problem.ProblemException;
import com.bakery.sales.analytics.SalesAggregates;
import com.bakery.sales.config.SalesConfig;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.remote.PaymentStatus;
import com.bakery.sales.sale.FailureCode;
import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleLine;
import com.bakery.sales.settings.Settings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The checkout saga as a state machine, in memory: every step, every failure and every undo, with inventory and
 * payments as fakes, in milliseconds. {@code CheckoutTest} and {@code RecoveryTest} run the same paths end to end
 * against the real services.
 */
class CheckoutSagaTest {

    private static final Caller CASHIER = Caller.bearer("t1", "token");
    private static final FakeInventory.Product BREAD = new FakeInventory.Product(1, "Baguette", 350, "BRL", 120);
    private static final FakeInventory.Product CAKE = new FakeInventory.Product(2, "Cake", 2000, "BRL", 900);
    private static final FakeInventory.Product EURO_CAKE = new FakeInventory.Product(3, "Gâteau", 2500, "EUR", 900);

    private final MemorySagaStore store = new MemorySagaStore();
    private final FakeInventory inventory = new FakeInventory().with(BREAD).with(CAKE).with(EURO_CAKE);
    private final FakePayments payments = new FakePayments();
    private final List<UUID> totalled = new ArrayList<>();
    private final CheckoutSaga saga = new CheckoutSaga(store, inventory, payments, settings(1_000), aggregates(),
            config(Duration.ofMinutes(40)));

    @Test
    void aCashSaleReservesThenIsPaidThenTakesItsStock() {
        Sale sale = saga.advanceFrom(cash(1_000L, line(BREAD, 2)), CASHIER);

        assertEquals(COMPLETED, sale.step);
        assertEquals(List.of(CREATED, RESERVED, PAID, COMPLETED), store.path(sale.id));
        assertEquals(List.of(RESERVE, COMMIT), inventory.steps());
        assertEquals(List.of("create"), payments.whats());
        // every remote step is keyed by the sale, so a step taken again never reserves or charges twice
        assertEquals(sale.id.toString(), inventory.calls.get(0).saleId());
        assertEquals(sale.id.toString(), payments.calls.get(0).key());
        assertNull(inventory.calls.get(0).holdSeconds(), "cash is paid at once: inventory's own hold");
        assertEquals(700L, sale.totalCents);
        assertEquals(64L, sale.taxCents, "10 % tax included in 7.00");
        assertEquals(300L, sale.changeCents);
        assertEquals(240L, sale.cogsCents);
        assertEquals("Baguette", sale.lines.get(0).productName);
        assertEquals(PaymentStatus.CAPTURED, sale.paymentStatus);
        assertEquals(List.of(sale.id), totalled, "the day's totals count the sale once");
    }

    @Test
    void aSaleWithNothingToPayNeverAsksPayments() {
        Sale sale = cash(0L, line(BREAD, 1));
        sale.discountPercent = 100;
        sale.discountApprovedBy = "manager@north"; // a whole sale given away is above any threshold
        sale = saga.advanceFrom(store.add(sale), CASHIER);

        assertEquals(COMPLETED, sale.step);
        assertEquals(List.of(), payments.whats());
    }

    @Test
    void aDiscountAboveTheThresholdWithoutApprovalFailsAndReleasesTheStock() {
        Sale sale = cash(1000L, line(BREAD, 1));
        sale.discountPercent = 11;
        sale = saga.advanceFrom(store.add(sale), CASHIER);

        assertFailed(sale, FailureCode.DISCOUNT_NEEDS_APPROVAL, RESERVE, RELEASE);
        assertEquals(List.of(), payments.whats());
    }

    @Test
    void aCardSaleHoldsItsStockAsLongAsTheLinkAndWaitsForTheBuyer() {
        Sale sale = saga.advanceFrom(card(line(CAKE, 1)), CASHIER);

        assertEquals(AWAITING_PAYMENT, sale.step);
        assertEquals(Sale.Status.PENDING, sale.status);
        assertEquals(2_400, inventory.calls.get(0).holdSeconds());
        assertEquals("https://pay.example/" + sale.id, sale.checkoutUrl);
        assertEquals(AWAITING_PAYMENT, saga.advance(sale.id, CASHIER).step, "nothing moves until the buyer pays");
        assertEquals(List.of(RESERVE), inventory.steps());
        assertEquals(List.of("create"), payments.whats());
    }

    @Test
    void aCardSaleCompletesWhenItsPaymentIsCaptured() {
        Sale sale = saga.advanceFrom(card(line(CAKE, 1)), CASHIER);

        saga.onPayment("t1", sale.id, payments.end(sale.paymentId, PaymentStatus.CAPTURED));
        sale = saga.advance(sale.id, CASHIER);

        assertEquals(COMPLETED, sale.step);
        assertEquals(List.of(CREATED, RESERVED, AWAITING_PAYMENT, PAID, COMPLETED), store.path(sale.id));
        assertEquals(List.of(RESERVE, COMMIT), inventory.steps());
    }

    @Test
    void anExpiredCardPaymentFailsTheSaleAndReleasesItsStock() {
        Sale sale = saga.advanceFrom(card(line(CAKE, 1)), CASHIER);

        saga.onPayment("t1", sale.id, payments.end(sale.paymentId, PaymentStatus.EXPIRED));
        sale = saga.advance(sale.id, CASHIER);

        assertFailed(sale, FailureCode.PAYMENT_EXPIRED, RESERVE, RELEASE);
        assertEquals(List.of("create", "byReference"), payments.whats(), "an expired payment has nothing to void");
    }

    @Test
    void aPaymentEventOfAnotherTenantOrPaymentOrALateOneChangesNothing() {
        Sale sale = saga.advanceFrom(card(line(CAKE, 1)), CASHIER);
        var captured = payments.end(sale.paymentId, PaymentStatus.CAPTURED);

        saga.onPayment("t2", sale.id, captured);
        saga.onPayment("t1", sale.id, new com.bakery.sales.remote.PaymentsClient.Payment(99, sale.id.toString(),
                PaymentStatus.CAPTURED, 2000, 2000, 0, null, null, null, null));
        assertEquals(AWAITING_PAYMENT, store.find(sale.id).step);

        saga.onPayment("t1", sale.id, captured);
        saga.advance(sale.id, CASHIER);
        saga.onPayment("t1", sale.id, payments.end(sale.paymentId, PaymentStatus.EXPIRED));
        assertEquals(COMPLETED, store.find(sale.id).step, "a late or repeated event is ignored");
        assertEquals(List.of(sale.id), totalled);
    }

    @Test
    void notEnoughStockFailsAtOnceWithTheShortfallsAndNothingToUndo() {
        inventory.failing(RESERVE, FakeInventory.problem(409, "{\"code\":\"insufficient_stock\",\"detail\":\"Short.\","
                + "\"shortfalls\":[{\"productId\":1,\"requested\":9,\"available\":2}]}"));
        Sale sale = saga.advanceFrom(cash(10_000L, line(BREAD, 9)), CASHIER);

        assertEquals(List.of(CREATED, FAILED), store.path(sale.id));
        assertEquals(FailureCode.INSUFFICIENT_STOCK, sale.failureCode);
        assertEquals("[{\"productId\":1,\"requested\":9,\"available\":2}]", sale.failureDetail);
        assertEquals(List.of(RESERVE), inventory.steps(), "inventory held nothing: nothing to release");
        assertEquals(List.of(), payments.whats());
    }

    @Test
    void aLineInventoryDoesNotKnowIsA400AndTheSaleIsNotKept() {
        inventory.failing(RESERVE, FakeInventory.problem(404, "{\"code\":\"not_found\",\"detail\":\"\","
                + "\"errors\":[{\"field\":\"lines[0].productId\",\"reason\":\"no such product\"}]}"));
        Sale sale = cash(1_000L, line(BREAD, 1));

        ProblemException refused = assertThrows(ProblemException.class, () -> saga.advanceFrom(sale, CASHIER));

        assertEquals(400, refused.toProblem().status());
        assertEquals("lines[0].productId", refused.toProblem().errors().get(0).field());
        assertNull(store.find(sale.id));
    }

    @Test
    void inventoryUnreachableWhileReservingReleasesWhatItMightHaveHeld() {
        inventory.failing(RESERVE, FakeInventory.unavailable());

        assertFailed(saga.advanceFrom(cash(1_000L, line(BREAD, 1)), CASHIER), FailureCode.INVENTORY_UNAVAILABLE,
                RESERVE, RELEASE);
        assertEquals(List.of(), payments.whats());
    }

    @Test
    void anyOtherRefusalOfInventoryFailsTheSale() {
        inventory.failing(RESERVE, FakeInventory.problem(422, "{\"code\":\"product_inactive\",\"detail\":\"No.\"}"));

        assertFailed(saga.advanceFrom(cash(1_000L, line(BREAD, 1)), CASHIER), FailureCode.INVENTORY_REFUSED,
                RESERVE, RELEASE);
    }

    @Test
    void aSaleThatCannotBePricedReleasesItsStockWithoutAskingPayments() {
        Sale mixed = saga.advanceFrom(cash(10_000L, line(CAKE, 1), line(EURO_CAKE, 1)), CASHIER);
        assertFailed(mixed, FailureCode.MIXED_CURRENCIES, RESERVE, RELEASE);

        Sale overDiscounted = cash(10_000L, line(BREAD, 1));
        overDiscounted.discountAmountCents = 351L;
        assertEquals(FailureCode.DISCOUNT_EXCEEDS_TOTAL,
                saga.advanceFrom(store.add(overDiscounted), CASHIER).failureCode);

        Sale shortTender = saga.advanceFrom(cash(349L, line(BREAD, 1)), CASHIER);
        assertEquals(FailureCode.INSUFFICIENT_TENDER, shortTender.failureCode);
        assertEquals(FAILED, shortTender.step);

        assertEquals(List.of(), payments.whats());
    }

    @Test
    void aDeclinedCardIsRecordedAndItsStockReleased() {
        payments.refusingNext(502, "provider_rejected");

        Sale sale = saga.advanceFrom(card(line(CAKE, 1)), CASHIER);

        assertFailed(sale, FailureCode.PAYMENT_DECLINED, RESERVE, RELEASE);
        assertEquals(1L, sale.paymentId);
        assertEquals(PaymentStatus.FAILED, sale.paymentStatus);
        assertEquals(List.of("create", "byReference"), payments.whats(), "a failed payment has nothing to void");
    }

    @Test
    void theProviderDownOrAnyOtherRefusalOfPaymentsFailsTheSale() {
        payments.refusingNext(503, "provider_unavailable");
        assertEquals(FailureCode.PAYMENT_UNAVAILABLE, saga.advanceFrom(card(line(CAKE, 1)), CASHIER).failureCode);

        payments.refusingNext(409, "card_payments_disabled");
        assertEquals(FailureCode.PAYMENT_REFUSED, saga.advanceFrom(card(line(CAKE, 1)), CASHIER).failureCode);
    }

    @Test
    void aCashPaymentWhoseAnswerWasLostIsFoundAndRefundedInFull() {
        payments.losingNextAnswer();

        Sale sale = saga.advanceFrom(cash(5_000L, line(CAKE, 1)), CASHIER);

        assertFailed(sale, FailureCode.PAYMENTS_UNAVAILABLE, RESERVE, RELEASE);
        assertTrue(sale.paymentUncertain);
        assertEquals(List.of("create", "byReference", "refund"), payments.whats());
        assertEquals("void-" + sale.id + "-1", payments.calls.get(2).key(), "the refund is keyed: voided once");
        assertEquals(2_000L, payments.refunds.get(0).amountCents());
    }

    @Test
    void aCardLinkWhoseAnswerWasLostIsCancelled() {
        payments.losingNextAnswer();

        Sale sale = saga.advanceFrom(card(line(CAKE, 1)), CASHIER);

        assertFailed(sale, FailureCode.PAYMENTS_UNAVAILABLE, RESERVE, RELEASE);
        assertEquals(List.of("create", "byReference", "cancel"), payments.whats());
        assertEquals(PaymentStatus.FAILED, payments.only().status());
    }

    @Test
    void aReservationLostBeforeTheCommitRefundsThePayment() {
        inventory.failing(COMMIT,
                FakeInventory.problem(409, "{\"code\":\"reservation_expired\",\"detail\":\"Gone.\"}"));

        Sale sale = saga.advanceFrom(cash(5_000L, line(CAKE, 1)), CASHIER);

        assertFailed(sale, FailureCode.RESERVATION_LOST, RESERVE, COMMIT, RELEASE);
        assertEquals(List.of("create", "byReference", "refund"), payments.whats());
        assertEquals(List.of(), totalled);
    }

    @Test
    void aPaidSaleWaitsForInventoryToTakeItsStockAndIsChargedOnce() {
        inventory.failing(COMMIT, FakeInventory.unavailable());

        Sale sale = saga.advanceFrom(cash(5_000L, line(CAKE, 1)), CASHIER);
        assertEquals(PAID, sale.step, "paid: the sale can only go forward");

        sale = saga.advance(sale.id, CASHIER);

        assertEquals(COMPLETED, sale.step);
        assertEquals(List.of(RESERVE, COMMIT, COMMIT), inventory.steps());
        assertEquals(List.of("create"), payments.whats());
    }

    @Test
    void anUndoThatCannotReachPaymentsStaysFailingUntilItCan() {
        payments.losingNextAnswer();
        inventory.failing(RELEASE, FakeInventory.unavailable());

        Sale sale = saga.advanceFrom(cash(5_000L, line(CAKE, 1)), CASHIER);
        assertEquals(FAILING, sale.step, "inventory down: nothing released yet");

        payments.unreachable(true);
        assertEquals(FAILING, saga.advance(sale.id, CASHIER).step, "payments down: nothing voided yet");

        payments.unreachable(false);
        assertEquals(FAILED, saga.advance(sale.id, CASHIER).step);
        assertEquals(PaymentStatus.REFUNDED, payments.only().status());
    }

    @Test
    void onlyACardSaleWaitingForItsBuyerCanBeCancelled() {
        Sale sale = saga.advanceFrom(cash(1_000L, line(BREAD, 1)), CASHIER);

        ProblemException refused = assertThrows(ProblemException.class, () -> saga.cancel(sale.id, CASHIER));

        assertEquals(409, refused.toProblem().status());
        assertEquals("sale_not_awaiting_payment", refused.toProblem().code());
    }

    @Test
    void aCancelledCardSaleCancelsItsLinkAndReleasesItsStock() {
        Sale sale = saga.advanceFrom(card(line(CAKE, 1)), CASHIER);

        sale = saga.cancel(sale.id, CASHIER);

        assertFailed(sale, FailureCode.PAYMENT_FAILED, RESERVE, RELEASE);
        assertEquals(PaymentStatus.FAILED, payments.only().status());
    }

    @Test
    void aCancelTooLateFindsTheBuyerPaidAndCompletesTheSale() {
        Sale sale = saga.advanceFrom(card(line(CAKE, 1)), CASHIER);
        payments.end(sale.paymentId, PaymentStatus.CAPTURED);

        sale = saga.cancel(sale.id, CASHIER);

        assertEquals(COMPLETED, sale.step);
        assertEquals(List.of("create", "cancel", "get"), payments.whats());
    }

    @Test
    void aStepAnotherReplicaAlreadyTookIsNotStoredTwice() {
        Sale stale = cash(5_000L, line(CAKE, 1));
        Sale done = saga.advanceFrom(store.find(stale.id), CASHIER);

        Sale again = saga.advanceFrom(stale, CASHIER);

        assertEquals(COMPLETED, done.step);
        assertEquals(stale.step, again.step, "the stale copy is handed back unchanged: its step was not stored");
        assertEquals(List.of(CREATED, RESERVED, PAID, COMPLETED), store.path(stale.id));
        assertEquals(List.of("create"), payments.whats());
        assertEquals(List.of(stale.id), totalled);
    }

    private void assertFailed(Sale sale, FailureCode code, FakeInventory.Step... inventorySteps) {
        assertEquals(FAILED, sale.step);
        assertEquals(Sale.Status.FAILED, sale.status);
        assertEquals(code, sale.failureCode);
        assertEquals(FAILING, store.path(sale.id).get(store.path(sale.id).size() - 2), "undone before it ended");
        assertEquals(List.of(inventorySteps), inventory.steps());
    }

    private Sale cash(Long tenderedCents, SaleLine... lines) {
        return store.add(sale(Sale.Method.CASH, tenderedCents, lines));
    }

    private Sale card(SaleLine... lines) {
        return store.add(sale(Sale.Method.CARD, null, lines));
    }

    private static Sale sale(Sale.Method method, Long tenderedCents, SaleLine... lines) {
        Sale sale = new Sale();
        sale.id = UUID.randomUUID();
        sale.tenantId = "t1";
        sale.cashier = "cashier@t1";
        sale.paymentMethod = method;
        sale.tenderedCents = tenderedCents;
        sale.lines.addAll(List.of(lines));
        return sale;
    }

    private static SaleLine line(FakeInventory.Product product, int quantity) {
        SaleLine line = new SaleLine();
        line.productId = product.id();
        line.quantity = java.math.BigDecimal.valueOf(quantity);
        return line;
    }

    private static Settings settings(int taxRateBp) {
        return new Settings(null, null) {
            @Override
            public View of(String tenant) {
                return new View("UTC", taxRateBp, null, null, null, 10);
            }
        };
    }

    private SalesAggregates aggregates() {
        return new SalesAggregates(null) {
            @Override
            public void recordSale(Sale sale, ZoneId zone) {
                totalled.add(sale.id);
            }
        };
    }

    private static SalesConfig config(Duration cardHold) {
        return new SalesConfig() {
            public String defaultTimeZone() {
                return "UTC";
            }

            public Duration recoverAfter() {
                return Duration.ofSeconds(30);
            }

            public String recoverEvery() {
                return "30s";
            }

            public Duration cardHold() {
                return cardHold;
            }

            public Duration paymentLinkTtl() {
                return Duration.ofMinutes(30);
            }

            public ServiceClient serviceClient() {
                throw new UnsupportedOperationException();
            }

            public PaymentEvents paymentEvents() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
