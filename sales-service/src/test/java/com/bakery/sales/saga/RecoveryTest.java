package com.bakery.sales.saga;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.sales.Shop;
import com.bakery.sales.SuiteTestResource;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.checkout.CheckoutRequest;
import com.bakery.sales.checkout.CheckoutService;
import com.bakery.sales.sale.Sale;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A sale interrupted between steps (a crash, a service down, a lost event) is finished by recovery. */
@QuarkusTest
class RecoveryTest {

    private final Shop shop = Shop.fresh();

    @Inject
    CheckoutService checkout;

    @Inject
    CheckoutSaga saga;

    @Inject
    Recovery recovery;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeBreakers() {
        breakers.resetAll();
    }

    private static CheckoutRequest cash(long product, int quantity, long tendered) {
        return new CheckoutRequest(List.of(new CheckoutRequest.Line(product, java.math.BigDecimal.valueOf(quantity))),
                new CheckoutRequest.Payment(Sale.Method.CASH, tendered), null);
    }

    private void recoverLater() {
        recovery.run(Instant.now().plus(Duration.ofMinutes(5)));
    }

    @Test
    void aSaleStoppedAfterItsReservationIsFinishedOnceByRecovery() {
        long bread = shop.product("Bread", 450, "BRL", 5, 100);
        UUID id = checkout.open(shop.tenant(), "cashier@" + shop.tenant(), Shop.key(), cash(bread, 2, 900)).sale().id;
        Caller cashier = Caller.bearer(shop.tenant(), shop.token("cashier"));
        assertTrue(saga.step(id, cashier));
        shop.sale(id.toString()).body("step", equalTo("RESERVED"));
        // the process "crashes" here; recovery, acting with a service token, takes the sale over
        recoverLater();
        shop.sale(id.toString()).body("status", equalTo("COMPLETED")).body("cogsCents", equalTo(200));
        recoverLater();
        assertEquals(1, shop.payments(id.toString()).size());
        shop.inventoryProduct(bread).body("onHand", equalTo(3)).body("reserved", equalTo(0));
    }

    @Test
    void aSaleStoppedAfterItsPaymentIsCommittedByRecovery() {
        long cake = shop.product("Cake", 1200, "BRL", 2, 300);
        UUID id = checkout.open(shop.tenant(), "cashier@" + shop.tenant(), Shop.key(), cash(cake, 1, 1200)).sale().id;
        Caller cashier = Caller.bearer(shop.tenant(), shop.token("cashier"));
        saga.step(id, cashier);
        saga.step(id, cashier);
        shop.sale(id.toString()).body("step", equalTo("PAID"));
        recoverLater();
        shop.sale(id.toString()).body("status", equalTo("COMPLETED"));
        shop.inventoryProduct(cake).body("onHand", equalTo(1));
        assertEquals(1, shop.payments(id.toString()).size());
    }

    @Test
    void aCardSaleWhoseEventWasLostCompletesWhenRecoveryAsksPayments() {
        long pie = shop.product("Pie", 900, "BRL", 2, 300);
        String id = shop.checkout(Shop.key(), Shop.card(pie, 1)).statusCode(202).extract().path("id");
        String slug = (String) shop.payments(id).get(0).get("slug");
        given().post(SuiteTestResource.simulator().baseUrl() + "/__sim/links/" + slug + "/pay").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> "CAPTURED".equals(shop.payments(id).get(0).get("status")));
        recoverLater();
        shop.sale(id).body("status", equalTo("COMPLETED")).body("cogsCents", equalTo(300));
    }

    @Test
    void whenPaymentsIsDownCheckoutAnswers503AndRecoveryUndoesTheRestOnceItIsBack() {
        long bun = shop.product("Bun", 200, "BRL", 3, 50);
        SuiteTestResource.stopPayments();
        String id;
        try {
            id = shop.checkout(Shop.key(), Shop.cash(bun, 1, 200)).statusCode(503)
                    .contentType("application/problem+json").body("code", equalTo("payments_unavailable"))
                    .extract().path("saleId");
            // the stock is not held while payments is away
            shop.inventoryProduct(bun).body("reserved", equalTo(0)).body("onHand", equalTo(3));
            shop.sale(id).body("status", equalTo("FAILED")).body("step", equalTo("FAILING"));
        } finally {
            SuiteTestResource.startPayments();
        }
        breakers.resetAll();
        recoverLater();
        shop.sale(id).body("step", equalTo("FAILED"));
        assertEquals(0, shop.payments(id).size());
    }

    @Test
    void whenInventoryIsDownCheckoutAnswers503AndNothingIsCharged() {
        long roll = shop.product("Roll", 150, "BRL", 3, 40);
        SuiteTestResource.stopInventory();
        String id;
        try {
            id = shop.checkout(Shop.key(), Shop.cash(roll, 1, 150)).statusCode(503)
                    .body("code", equalTo("inventory_unavailable")).extract().path("saleId");
            assertEquals(0, shop.payments(id).size());
            shop.sale(id).body("status", equalTo("FAILED"));
        } finally {
            SuiteTestResource.startInventory();
        }
        breakers.resetAll();
        recoverLater();
        shop.sale(id).body("step", equalTo("FAILED"));
        shop.inventoryProduct(roll).body("onHand", equalTo(3)).body("reserved", equalTo(0));
    }
}
