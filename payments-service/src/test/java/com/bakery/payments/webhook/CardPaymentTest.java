package com.bakery.payments.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.payments.InfinitePaySimulatorResource;
import com.bakery.payments.Shop;
import com.bakery.payments.Simulator;
import com.bakery.common.outbox.OutboxRelay;
import com.bakery.payments.payment.PaymentService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Card payments end to end: the real REST client against the simulator, webhooks into this service. */
@QuarkusTest
class CardPaymentTest {

    private final Shop shop = Shop.fresh();

    @Inject
    Reconciliation reconciliation;

    @Inject
    EntityManager em;

    @Inject
    PaymentService payments;

    @Inject
    OutboxRelay relay;

    @Inject
    RedisDataSource redis;

    @Inject
    CircuitBreakerMaintenance breakers;

    @ConfigProperty(name = "bakery.outbox.stream")
    String stream;

    @BeforeEach
    void closeBreakers() {
        breakers.resetAll();
    }

    private String slug(long id) {
        return shop.payment(id).extract().path("slug");
    }

    private void awaitStatus(long id, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> status.equals(shop.status(id)));
    }

    /** Waits until the provider was asked about {@code n} transactions of this payment. */
    private void awaitChecks(long id, int n) {
        await().atMost(Duration.ofSeconds(10)).until(() -> shop.payment(id).extract().jsonPath()
                .getList("events.findAll { it.type == 'STATUS_CHECKED' }").size() >= n);
    }

    /** This tenant's events of the payment: ids are unique per database, and other databases share the stream. */
    private List<StreamMessage<String, String, String>> events(long id) {
        relay.relay();
        return redis.stream(String.class, String.class, String.class).xrange(stream, StreamRange.of("-", "+"))
                .stream().filter(m -> shop.id().equals(m.payload().get("tenant"))
                        && ("payment:" + id).equals(m.payload().get("aggregateId"))).toList();
    }

    @Test
    void aPaidLinkIsCapturedOnceTheProviderConfirmsIt() {
        long id = shop.card(1500);
        String slug = slug(id);
        Simulator.pay(slug, "{\"captureMethod\":\"pix\"}").body("deliveries[0].status", equalTo(200));
        awaitStatus(id, "CAPTURED");
        String transaction = Simulator.link(slug).extract().path("transaction_nsu");
        shop.payment(id).body("capturedCents", equalTo(1500)).body("transactionNsu", equalTo(transaction))
                .body("captureMethod", equalTo("pix")).body("installments", equalTo(1))
                .body("events.type", hasItem("WEBHOOK_RECEIVED")).body("events.type", hasItem("STATUS_CHECKED"))
                .body("capturedAt", notNullValue());
        List<StreamMessage<String, String, String>> published = events(id);
        assertEquals(1, published.size());
        assertEquals("payments.payment.captured", published.get(0).payload().get("type"));
        assertTrue(published.get(0).payload().get("payload").contains("\"status\":\"CAPTURED\""));
    }

    @Test
    void aWebhookDeliveredTwiceCapturesOnce() {
        long id = shop.card(800);
        String slug = slug(id);
        Simulator.pay(slug, "{\"deliveries\":2}").body("deliveries", hasSize(2))
                .body("deliveries.status", org.hamcrest.Matchers.everyItem(equalTo(200)));
        awaitStatus(id, "CAPTURED");
        awaitChecks(id, 1);
        Simulator.deliver(slug, "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> shop.payment(id).extract().jsonPath()
                .getList("events.findAll { it.type == 'WEBHOOK_RECEIVED' }").size() == 3);
        reconciliation.run(Instant.now().plusSeconds(10));
        shop.payment(id).body("events.findAll { it.to == 'CAPTURED' }", hasSize(1))
                .body("capturedCents", equalTo(800));
        assertEquals(1, events(id).size());
    }

    @Test
    void aForgedWebhookForAnUnpaidLinkCapturesNothing() {
        long id = shop.card(2000);
        String slug = slug(id);
        Simulator.deliver(slug, "{\"body\":{\"transaction_nsu\":\"forged-1\",\"amount\":2000,\"paid_amount\":2000}}")
                .body("deliveries[0].status", equalTo(200));
        awaitChecks(id, 1);
        shop.payment(id).body("status", equalTo("PENDING")).body("transactionNsu", nullValue())
                .body("events.find { it.type == 'STATUS_CHECKED' }.detail", containsString("not paid"));
        assertEquals(0, events(id).size());
    }

    @Test
    void aLinkPaidWithAnotherAmountIsNotCaptured() {
        long id = shop.card(2500);
        String slug = slug(id);
        Simulator.pay(slug, "{\"amount\":100}");
        awaitChecks(id, 1);
        shop.payment(id).body("status", equalTo("PENDING")).body("attention", containsString("100 cents"));
    }

    @Test
    void anUnknownWebhookAddressIs404AndABodyWithoutTransactionIs400() {
        given().contentType(ContentType.JSON).body("{\"transaction_nsu\":\"x\"}")
                .post("/api/payments/webhooks/infinitypay/not-a-real-token").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("webhook_not_found"));
        given().contentType(ContentType.JSON).body("{\"invoice_slug\":\"x\"}")
                .post("/api/payments/webhooks/infinitypay/whatever").then().statusCode(400)
                .body("errors[0].field", equalTo("transaction_nsu"));
        given().contentType(ContentType.JSON).body("not json")
                .post("/api/payments/webhooks/infinitypay/whatever").then().statusCode(400);
    }

    @Test
    void aPaymentWhoseLinkWasNeverRecordedFailsAfterItsGraceNotAfterTheLinksLifetime() {
        long id = shop.card(900);
        // the provider made the link, but the answer was lost before it was stored (a database restart, say)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE payment SET checkout_url = NULL, slug = NULL WHERE id = ?1").setParameter(1, id)
                .executeUpdate());
        reconciliation.run(Instant.now().plusSeconds(10));
        assertEquals("PENDING", shop.status(id), "its link may still be on its way");
        reconciliation.run(Instant.now().plusSeconds(45));
        shop.payment(id).body("status", equalTo("FAILED")).body("failureCode", equalTo("link_not_created"));
    }

    @Test
    void aLinkWithNoWordFromTheProviderExpiresFlaggedForAPersonAndAPaymentArrivingLateIsFlaggedNotCaptured() {
        long id = shop.card(1200);
        String slug = slug(id);
        reconciliation.run(Instant.now().plus(Duration.ofMinutes(5)));
        assertEquals("PENDING", shop.status(id));
        reconciliation.run(Instant.now().plus(Duration.ofHours(1)));
        // no delivery ever came, and the provider cannot be asked about an order: a person must look
        shop.payment(id).body("status", equalTo("EXPIRED")).body("failureCode", equalTo("expired_unconfirmed"))
                .body("attention", containsString("on the InfinitePay dashboard"));
        assertEquals("payments.payment.expired", events(id).get(0).payload().get("type"));

        Simulator.pay(slug, "{}");
        awaitChecks(id, 1);
        shop.payment(id).body("status", equalTo("EXPIRED")).body("capturedCents", equalTo(0))
                .body("attention", containsString("refund it"));
        assertTrue(events(id).stream().anyMatch(m -> "payments.payment.paid-late".equals(m.payload().get("type"))));
    }

    @Test
    void aDeclinedCardIsCancelledAtTheTillAndAPaymentAfterThatIsFlaggedNotCaptured() {
        long id = shop.card(1300);
        String slug = slug(id);
        given().contentType(ContentType.JSON).post(InfinitePaySimulatorResource.simulator().baseUrl()
                + "/__sim/links/" + slug + "/decline").then().statusCode(200).body("status", equalTo("DECLINED"));
        shop.as("cashier").post("/api/payments/payments/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("FAILED")).body("failureCode", equalTo("cancelled"));
        shop.as("cashier").post("/api/payments/payments/" + id + "/cancel").then().statusCode(200);
        assertEquals("payments.payment.failed", events(id).get(0).payload().get("type"));

        Simulator.pay(slug, "{}");
        awaitChecks(id, 1);
        shop.payment(id).body("status", equalTo("FAILED")).body("attention", containsString("refund it"));

        long cash = shop.cash(100);
        shop.as("cashier").post("/api/payments/payments/" + cash + "/cancel").then().statusCode(409)
                .body("detail", containsString("refund it instead"));
    }

    @Test
    void aLatePaymentConfirmedByBothReplicasIsFlaggedOnce() {
        long id = shop.card(1400);
        String slug = slug(id);
        shop.as("cashier").post("/api/payments/payments/" + id + "/cancel").then().statusCode(200);
        Simulator.pay(slug, "{}");
        awaitChecks(id, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> shop.payment(id).extract().jsonPath()
                .getList("events.findAll { it.type == 'PAID_LATE' }").size() == 1);
        // the other replica's reconciliation confirms the same transaction: nothing new to flag
        String transaction = Simulator.link(slug).extract().path("transaction_nsu");
        assertEquals("paid_late", payments.confirm(id, transaction, null));
        shop.payment(id).body("events.findAll { it.type == 'PAID_LATE' }", hasSize(1));
        assertEquals(1, events(id).stream().filter(m -> "payments.payment.paid-late".equals(m.payload().get("type")))
                .count());
    }

    @Test
    void aProviderThatFailsOrIsTooSlowFailsThePaymentWith503() {
        Simulator.fault("links", 503, 0, 1);
        String body = Shop.body("CARD", 990, "BRL");
        String key = Shop.key();
        int id = shop.pay(key, body).statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("provider_unavailable")).body("status", equalTo("FAILED"))
                .extract().path("paymentId");
        shop.payment(id).body("status", equalTo("FAILED")).body("failureCode", equalTo("provider_unavailable"))
                .body("events.type", hasItem("PROVIDER_ERROR"));
        // a retry with the same key does not try again behind the caller's back
        shop.pay(key, body).statusCode(503).body("paymentId", equalTo(id));

        Simulator.fault("links", 0, 3000, 1);
        shop.pay(Shop.key(), Shop.body("CARD", 991, "BRL")).statusCode(503)
                .body("code", equalTo("provider_unavailable"));
    }

    @Test
    void aStatusCheckThatFailsLeavesTheDeliveryOpenUntilReconciliationConfirmsIt() {
        long id = shop.card(1750);
        String slug = slug(id);
        // three answers of 500: the check and its two retries
        Simulator.fault("payment_check", 500, 0, 3);
        Simulator.pay(slug, "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> shop.payment(id).extract().jsonPath()
                .getList("events.findAll { it.type == 'WEBHOOK_RECEIVED' }").size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> openDeliveriesHaveBeenTried(id));
        assertEquals("PENDING", shop.status(id));
        reconciliation.run(Instant.now().plusSeconds(10));
        assertEquals("CAPTURED", shop.status(id));
    }

    private boolean openDeliveriesHaveBeenTried(long id) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery
                .<WebhookDelivery>list("paymentId", id).stream()
                .allMatch(((Predicate<WebhookDelivery>) d -> d.attempts > 0 && d.processedAt == null)));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndCallsFailFast() {
        Simulator.fault("links", 500, 0, 10);
        for (int i = 0; i < 10; i++) {
            shop.pay(Shop.key(), Shop.body("CARD", 100 + i, "BRL")).statusCode(503);
        }
        // the simulator would now answer normally, but the breaker is open: no call is made
        shop.pay(Shop.key(), Shop.body("CARD", 500, "BRL")).statusCode(503)
                .body("detail", containsString("circuit open"));
        breakers.resetAll();
        shop.card(500);
    }
}
