package com.bakery.suite.fault;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The card provider misbehaves (InfinitePay's simulator, driven through its {@code /__sim} API): it fails or is
 * too slow to create a link, it cannot confirm a payment for a while, it delivers a webhook twice, late, or after
 * another sale's. A sale never keeps stock or money it should not, and a paid card is captured exactly once.
 */
@ExtendWith(Suite.class)
class ProviderFaultsIT {

    private Bakery bakery;
    private Till till;
    private long cake;

    @BeforeEach
    void aBakery() {
        bakery = Bakery.fresh("provider");
        till = new Till(bakery);
        cake = till.stockedProduct("Cake", "BRL", 1);
    }

    @Test
    void aProviderAnswering503FailsTheCardSaleWithNothingKeptAndTheNextCardGoesThrough() {
        fault("links", 503, 0);
        Till.Sale failed = till.card(cake, 2);
        assertEquals(503, failed.status(), "payments unavailable, said as such");
        assertEquals("FAILED", failed.saleStatus());
        assertEquals(100, onHand(), "the reservation was released");

        Till.Sale next = till.card(cake, 2);
        till.pay(next, 1);
        awaitStatus(next, "COMPLETED");
        assertEquals(98, onHand());
        AfterFault.assertConsistent(bakery);
    }

    @Test
    void aProviderTooSlowToCreateTheLinkFailsTheSaleCleanly() {
        fault("links", 0, 7_000); // payments waits 5 s for the provider
        Till.Sale slow = till.card(cake, 1);
        assertEquals("FAILED", slow.saleStatus(), slow.toString());
        assertEquals(100, onHand(), "the reservation was released");
        AfterFault.assertConsistent(bakery);
    }

    @Test
    void aWebhookDeliveredTwiceCapturesThePaymentOnce() {
        Till.Sale card = till.card(cake, 3);
        till.pay(card, 2);
        awaitStatus(card, "COMPLETED");
        assertEquals(2, deliveries(card), "the provider delivered twice");
        assertEquals(97, onHand());
        AfterFault.assertConsistent(bakery); // exactly one captured payment of the sale's total
    }

    @Test
    void webhooksLateAndOutOfOrderSettleEachSaleOnceAndALateRepeatChangesNothing() {
        Till.Sale first = till.card(cake, 1);
        Till.Sale second = till.card(cake, 2);
        given().baseUri(Suite.infinitePayUrl()).contentType("application/json").body("{\"delayMs\":5000}")
                .post("/__sim/links/" + Till.slug(first) + "/pay").then().statusCode(202);
        till.pay(second, 1);
        awaitStatus(second, "COMPLETED");
        assertEquals("PENDING", status(first), "the first sale's webhook is still on its way");
        awaitStatus(first, "COMPLETED");

        // the first sale's webhook comes again, long after, and once more with a forged higher amount
        given().baseUri(Suite.infinitePayUrl()).contentType("application/json").body("{}")
                .post("/__sim/links/" + Till.slug(first) + "/deliver").then().statusCode(200);
        given().baseUri(Suite.infinitePayUrl()).contentType("application/json")
                .body("{\"body\":{\"paid_amount\":999999}}")
                .post("/__sim/links/" + Till.slug(first) + "/deliver").then().statusCode(200);
        assertEquals("COMPLETED", status(first));
        assertEquals(97, onHand());
        AfterFault.assertConsistent(bakery);
    }

    @Test
    void aWebhookArrivingWhileTheProviderCannotConfirmItIsConfirmedWhenItCan() {
        Till.Sale card = till.card(cake, 1);
        fault("payment_check", 503, 0, 3); // every try of payments' first confirmation fails
        till.pay(card, 1);
        awaitStatus(card, "COMPLETED");
        assertEquals(99, onHand());
        AfterFault.assertConsistent(bakery);
    }

    /**
     * The buyer pays while payments-service is down: the gateway answers the provider's webhook 400 ("deliver
     * again", the only answer InfinitePay redelivers after), not 503, so the delivery made once payments is back
     * captures the payment and completes the sale.
     */
    @Test
    void aCardPaidWhilePaymentsIsDownCompletesOnceItIsBack() {
        Till.Sale card = till.card(cake, 1);
        Suite.kill("payments-service");
        try {
            given().baseUri(Suite.infinitePayUrl()).contentType("application/json").body("{\"delayMs\":1}")
                    .post("/__sim/links/" + Till.slug(card) + "/pay").then().statusCode(202);
            await("the first delivery's answer").atMost(Duration.ofSeconds(15)).until(() -> deliveries(card) >= 1);
            assertEquals(400, firstDeliveryStatus(card), "payments is down: the provider is asked to deliver again");
        } finally {
            Suite.restart("payments-service");
        }
        awaitStatus(card, "COMPLETED");
        assertEquals(99, onHand());
        AfterFault.assertConsistent(bakery);
    }

    private int firstDeliveryStatus(Till.Sale sale) {
        return given().baseUri(Suite.infinitePayUrl()).get("/__sim/links/" + Till.slug(sale)).then().statusCode(200)
                .extract().path("deliveries[0].status");
    }

    private void fault(String path, int status, long delayMs) {
        fault(path, status, delayMs, 1);
    }

    private void fault(String path, int status, long delayMs, int times) {
        given().baseUri(Suite.infinitePayUrl()).contentType("application/json")
                .body("{\"path\":\"" + path + "\",\"status\":" + status + ",\"delayMs\":" + delayMs + ",\"times\":"
                        + times + "}")
                .post("/__sim/faults").then().statusCode(204);
    }

    private String status(Till.Sale sale) {
        return bakery.as("manager").get("/api/sales/sales/" + sale.id()).then().statusCode(200)
                .extract().path("status");
    }

    private void awaitStatus(Till.Sale sale, String wanted) {
        await("sale " + sale.id() + " " + wanted).atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(200))
                .until(() -> wanted.equals(status(sale)));
    }

    private long onHand() {
        return ((Number) bakery.as("manager").get("/api/inventory/products/" + cake).path("onHand")).longValue();
    }

    private int deliveries(Till.Sale sale) {
        return given().baseUri(Suite.infinitePayUrl()).get("/__sim/links/" + Till.slug(sale)).then().statusCode(200)
                .extract().path("deliveries.size()");
    }
}
