package com.bakery.sales.saga;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.sales.Shop;
import com.bakery.sales.SuiteTestResource;
import com.bakery.sales.config.SalesConfig;
import com.bakery.sales.remote.PaymentStatus;
import com.bakery.sales.remote.PaymentsClient.Payment;
import com.bakery.sales.sale.Sale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Payment events of sales that have already ended (every cash sale's) are read and left alone; an event is believed
 * only as far as payments-service confirms it; the consumer group comes back after Redis lost its data.
 */
@QuarkusTest
class PaymentEventConsumerTest {

    private final Shop shop = Shop.fresh();

    @Inject
    PaymentEventConsumer consumer;

    @Inject
    SalesConfig config;

    @Inject
    EntityManager em;

    @Inject
    RedisDataSource redis;

    @Inject
    CheckoutSaga saga;

    @Test
    void theCapturedEventOfACompletedCashSaleChangesNothing() {
        long bread = shop.product("Bread", 450, "BRL", 5, 100);
        String id = shop.checkout(Shop.key(), Shop.cash(bread, 1, 500)).statusCode(201)
                .body("status", equalTo("COMPLETED")).extract().path("id");
        Map<String, Object> payment = shop.payments(id).get(0);
        List<Object> history = shop.sale(id).extract().path("history.step");
        int attempts = attempts(id);
        String eventId = UUID.randomUUID().toString();

        consumer.handle(new StreamMessage<>(config.paymentEvents().stream(), "0-1", Map.of(
                "type", "payment.captured", "eventId", eventId, "tenant", shop.tenant(),
                "payload", "{\"paymentId\":" + payment.get("id") + ",\"reference\":\"" + id + "\","
                        + "\"status\":\"CAPTURED\",\"amountCents\":450,\"capturedCents\":450,\"refundedCents\":0}")));

        assertEquals(0L, processed(eventId), "no processed_event row for an event that changed nothing");
        shop.sale(id).body("status", equalTo("COMPLETED")).body("history.step", equalTo(history));
        assertEquals(attempts, attempts(id), "no step was tried again");
    }

    @Test
    void aForgedCapturedEventLeavesAnUnpaidCardSaleUnpaid() {
        long tart = shop.product("Tart", 900, "BRL", 3, 300);
        String id = shop.checkout(Shop.key(), Shop.card(tart, 1)).statusCode(202).extract().path("id");
        Map<String, Object> payment = shop.payments(id).get(0);
        // what anyone able to write to Redis could add: the sale's own payment, said to be captured
        redis.stream(String.class).xadd(config.paymentEvents().stream(), Map.of(
                "type", "payment.captured", "eventId", UUID.randomUUID().toString(), "tenant", shop.tenant(),
                "payload", "{\"paymentId\":" + payment.get("id") + ",\"reference\":\"" + id + "\","
                        + "\"status\":\"CAPTURED\",\"amountCents\":900,\"capturedCents\":900,\"refundedCents\":0}"));
        consumer.poll();
        shop.sale(id).body("status", equalTo("PENDING")).body("step", equalTo("AWAITING_PAYMENT"));
        shop.inventoryProduct(tart).body("onHand", equalTo(3)).body("reserved", equalTo(1));
        assertEquals("PENDING", shop.payments(id).get(0).get("status"));
    }

    @Test
    void theGroupIsMadeAgainWhenRedisLostTheStreamAndTheNextPaymentCompletesItsSale() {
        long bun = shop.product("Bun", 250, "BRL", 4, 50);
        String id = shop.checkout(Shop.key(), Shop.card(bun, 1)).statusCode(202).extract().path("id");
        redis.key().del(config.paymentEvents().stream()); // the stream and its consumer group with it
        String slug = (String) shop.payments(id).get(0).get("slug");
        given().post(SuiteTestResource.simulator().baseUrl() + "/__sim/links/" + slug + "/pay").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            consumer.poll();
            return "COMPLETED".equals(shop.sale(id).extract().path("status"));
        });
    }

    @Test
    void aPaymentExpiredWithNoWordFromTheProviderMarksTheSaleForAPerson() {
        long roll = shop.product("Roll", 300, "BRL", 2, 50);
        String id = shop.checkout(Shop.key(), Shop.card(roll, 1)).statusCode(202).extract().path("id");
        long paymentId = ((Number) shop.payments(id).get(0).get("id")).longValue();
        // what payments answers once the link expired without any delivery (see payments' Reconciliation)
        Payment expired = new Payment(paymentId, id, PaymentStatus.EXPIRED, 300, 0, 0, null, "expired_unconfirmed",
                "Not paid as far as the provider told us.", "Check order o-1 on the InfinitePay dashboard.");
        QuarkusTransaction.requiringNew().run(() -> saga.paid(em.find(Sale.class, UUID.fromString(id)), expired));
        shop.sale(id).body("status", equalTo("FAILED")).body("failureCode", equalTo("payment_expired"))
                .body("attention", equalTo("Check order o-1 on the InfinitePay dashboard."));
    }

    private int attempts(String saleId) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Sale.class, UUID.fromString(saleId)).attempts);
    }

    private long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue());
    }
}
