package com.bakery.sales.sale;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.sales.Shop;
import com.bakery.sales.SuiteTestResource;
import com.bakery.sales.saga.PaymentEventConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckoutTest {

    private final Shop shop = Shop.fresh();

    @Inject
    PaymentEventConsumer events;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Test
    void aCashSaleIsPricedByInventoryChargedAndItsStockCommittedAtFifoCost() {
        long bread = shop.product("Bread", 450, "BRL", 10, 120);
        String id = shop.checkout(Shop.key(), Shop.cash(bread, 2, 1000)).statusCode(201)
                .body("status", equalTo("COMPLETED")).body("totalCents", equalTo(900))
                .body("changeCents", equalTo(100)).body("currency", equalTo("BRL"))
                .body("lines[0].unitPriceCents", equalTo(450)).body("lines[0].productName", startsWith("Bread"))
                .body("lines[0].cogsCents", equalTo(240)).body("cogsCents", equalTo(240))
                .body("paymentId", notNullValue()).body("paymentStatus", equalTo("CAPTURED"))
                .header("Location", startsWith("/api/sales/sales/"))
                .extract().path("id");
        shop.inventoryProduct(bread).body("onHand", equalTo(8)).body("reserved", equalTo(0));
        List<Map<String, Object>> payments = shop.payments(id);
        assertEquals(1, payments.size());
        assertEquals("CAPTURED", payments.get(0).get("status"));
        assertEquals(900, payments.get(0).get("amountCents"));
        shop.sale(id).body("history.step", hasItem("RESERVED")).body("history.step", hasItem("PAID"))
                .body("history.step", hasItem("COMPLETED"));
    }

    @Test
    void pricesComeFromInventoryNeverFromTheClient() {
        long cake = shop.product("Cake", 2000, "BRL", 2, 500);
        shop.checkout(Shop.key(), "{\"lines\":[{\"productId\":" + cake + ",\"quantity\":1,\"priceCents\":1}],"
                + "\"payment\":{\"method\":\"CASH\",\"tenderedCents\":2000}}").statusCode(400);
        shop.checkout(Shop.key(), Shop.cash(cake, 1, 2000)).statusCode(201).body("totalCents", equalTo(2000));
    }

    @Test
    void aCardSaleWaitsForThePaymentAndCompletesWhenItsEventArrives() {
        long pie = shop.product("Pie", 1500, "BRL", 3, 600);
        String id = shop.checkout(Shop.key(), Shop.card(pie, 1)).statusCode(202)
                .body("status", equalTo("PENDING")).body("step", equalTo("AWAITING_PAYMENT"))
                .body("checkoutUrl", startsWith("http://127.0.0.1:")).extract().path("id");
        shop.inventoryProduct(pie).body("reserved", equalTo(1));
        // held for as long as the link can be paid (30 min) and more: the card hold, 40 min
        java.time.Instant expires = java.time.Instant.parse(shop.reservation(id).extract().path("expiresAt"));
        org.junit.jupiter.api.Assertions.assertTrue(expires.isAfter(java.time.Instant.now().plusSeconds(39 * 60)),
                "reservation expires at " + expires);
        String slug = (String) shop.payments(id).get(0).get("slug");
        given().post(SuiteTestResource.simulator().baseUrl() + "/__sim/links/" + slug + "/pay").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            events.poll();
            return "COMPLETED".equals(shop.sale(id).extract().path("status"));
        });
        shop.sale(id).body("cogsCents", equalTo(600)).body("paymentStatus", equalTo("CAPTURED"));
        shop.inventoryProduct(pie).body("onHand", equalTo(2)).body("reserved", equalTo(0));
    }

    /** The flag an admin sets at the gateway was shown nowhere and enforced nowhere: card sales went on. */
    @Test
    void withCardPaymentsSwitchedOffACardSaleIsRefusedBeforeAnythingIsHeldAndCashStillSells() {
        long cake = shop.product("Flagged cake", 900, "BRL", 3, 100);
        String flag = SuiteTestResource.gatewayUrl() + "/api/admin/flags/card-payments";
        shop.as("admin").body("{\"enabled\":false}").put(flag).then().statusCode(200);
        try {
            int before = shop.salesCount();
            shop.checkout(Shop.key(), Shop.card(cake, 1)).statusCode(409)
                    .contentType("application/problem+json").body("code", equalTo("card_payments_disabled"));
            assertEquals(before, shop.salesCount(), "no sale stored");
            shop.inventoryProduct(cake).body("onHand", equalTo(3)).body("reserved", equalTo(0));
            shop.checkout(Shop.key(), Shop.cash(cake, 1, 900)).statusCode(201).body("status", equalTo("COMPLETED"));
        } finally {
            shop.as("admin").delete(flag).then().statusCode(204);
        }
        shop.checkout(Shop.key(), Shop.card(cake, 1)).statusCode(202);
    }

    @Test
    void notEnoughStockFailsTheSaleWithTheShortfallAndChargesNothing() {
        long tart = shop.product("Tart", 700, "BRL", 2, 100);
        String id = shop.checkout(Shop.key(), Shop.cash(tart, 3, 5000)).statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("insufficient_stock"))
                .body("shortfalls[0].productId", equalTo((int) tart)).body("shortfalls[0].missing", equalTo(1))
                .extract().path("saleId");
        shop.sale(id).body("status", equalTo("FAILED")).body("step", equalTo("FAILED"));
        assertEquals(0, shop.payments(id).size());
        shop.inventoryProduct(tart).body("onHand", equalTo(2)).body("reserved", equalTo(0));
    }

    @Test
    void aCardTheProviderRefusesFailsTheSaleAndReleasesTheStock() {
        long roll = shop.product("Roll", 300, "BRL", 5, 50);
        SuiteTestResource.simulator().fault("links", 400, 0, 1);
        String id = shop.checkout(Shop.key(), Shop.card(roll, 2)).statusCode(402)
                .body("code", equalTo("payment_declined")).extract().path("saleId");
        shop.sale(id).body("status", equalTo("FAILED")).body("step", equalTo("FAILED"));
        shop.inventoryProduct(roll).body("onHand", equalTo(5)).body("reserved", equalTo(0));
    }

    @Test
    void aDeclinedCardIsCancelledAtTheTillAndTheStockReturns() {
        long bun = shop.product("Bun", 200, "BRL", 4, 40);
        String id = shop.checkout(Shop.key(), Shop.card(bun, 2)).statusCode(202).extract().path("id");
        String slug = (String) shop.payments(id).get(0).get("slug");
        given().post(SuiteTestResource.simulator().baseUrl() + "/__sim/links/" + slug + "/decline").then()
                .statusCode(200);
        shop.as("cashier").post("/api/sales/sales/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("FAILED")).body("step", equalTo("FAILED"))
                .body("failureCode", equalTo("payment_failed"));
        assertEquals("FAILED", shop.payments(id).get(0).get("status"));
        shop.inventoryProduct(bun).body("reserved", equalTo(0)).body("onHand", equalTo(4));
        shop.as("cashier").post("/api/sales/sales/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void aProviderTooSlowFailsTheSaleWith503AndReleasesTheStock() {
        long loaf = shop.product("Loaf", 800, "BRL", 3, 200);
        SuiteTestResource.simulator().fault("links", 0, 3000, 1);
        String id = shop.checkout(Shop.key(), Shop.card(loaf, 1)).statusCode(503)
                .body("code", equalTo("payment_unavailable")).extract().path("saleId");
        shop.sale(id).body("status", equalTo("FAILED"));
        shop.inventoryProduct(loaf).body("reserved", equalTo(0)).body("onHand", equalTo(3));
    }

    @Test
    void theSameKeyTwiceIsOneSaleOneChargeOneReservation() {
        long scone = shop.product("Scone", 250, "BRL", 5, 80);
        String key = Shop.key();
        String first = shop.checkout(key, Shop.cash(scone, 2, 500)).statusCode(201).extract().path("id");
        String again = shop.checkout(key, Shop.cash(scone, 2, 500)).statusCode(200)
                .body("status", equalTo("COMPLETED")).extract().path("id");
        assertEquals(first, again);
        assertEquals(1, shop.payments(first).size());
        shop.inventoryProduct(scone).body("onHand", equalTo(3));
        shop.checkout(key, Shop.cash(scone, 1, 500)).statusCode(422).body("code", equalTo("idempotency_key_reused"));
    }

    @Test
    void tooLittleCashIsRefusedAndTheStockReleased() {
        long donut = shop.product("Donut", 350, "BRL", 2, 90);
        String id = shop.checkout(Shop.key(), Shop.cash(donut, 2, 500)).statusCode(422)
                .body("code", equalTo("insufficient_tender")).extract().path("saleId");
        shop.sale(id).body("status", equalTo("FAILED"));
        assertEquals(0, shop.payments(id).size());
        shop.inventoryProduct(donut).body("reserved", equalTo(0));
    }

    @Test
    void aDiscountIsSpreadOverTheLinesAndTaxShownWhenConfigured() {
        Shop taxed = Shop.fresh();
        taxed.as("manager").body("{\"timeZone\":\"America/Sao_Paulo\",\"taxRateBp\":1000}").put("/api/sales/settings")
                .then().statusCode(200);
        long a = taxed.product("Coffee", 500, "BRL", 5, 100);
        long b = taxed.product("Cookie", 300, "BRL", 5, 50);
        taxed.checkout(Shop.key(), "{\"lines\":[{\"productId\":" + a + ",\"quantity\":1},{\"productId\":" + b
                + ",\"quantity\":1}],\"payment\":{\"method\":\"CASH\",\"tenderedCents\":1000},"
                + "\"discount\":{\"percent\":10,\"reason\":\"Staff price\"}}").statusCode(201)
                .body("subtotalCents", equalTo(800)).body("discountCents", equalTo(80))
                .body("totalCents", equalTo(720)).body("taxCents", equalTo(65))
                .body("lines[0].discountCents", equalTo(50)).body("lines[1].discountCents", equalTo(30))
                .body("lines[0].netCents", equalTo(450)).body("changeCents", equalTo(280));
    }
}
