package com.bakery.sales.saga;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.sales.Shop;
import com.bakery.sales.config.SalesConfig;
import com.bakery.sales.sale.Sale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Payment events of sales that have already ended (every cash sale's) are read and left alone. */
@QuarkusTest
class PaymentEventConsumerTest {

    private final Shop shop = Shop.fresh();

    @Inject
    PaymentEventConsumer consumer;

    @Inject
    SalesConfig config;

    @Inject
    EntityManager em;

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

    private int attempts(String saleId) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Sale.class, UUID.fromString(saleId)).attempts);
    }

    private long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue());
    }
}
