package com.bakery.sales.saga;

import com.bakery.sales.config.SalesConfig;
import com.bakery.sales.remote.PaymentsClient.Payment;
import com.bakery.sales.remote.ServiceTokens;
import com.bakery.sales.sale.SaleRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XGroupCreateArgs;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Reads payment outcomes from payments-service's stream (consumer group {@code sales}) and finishes the card
 * sales waiting for them. Each event of a sale still under way is acted on once (recorded in {@code processed_event})
 * and acknowledged after; an event that could not be handled stays pending in the group, and recovery covers a lost
 * one.
 */
@ApplicationScoped
public class PaymentEventConsumer {

    private static final Logger LOG = Logger.getLogger(PaymentEventConsumer.class);

    private final StreamCommands<String, String, String> streams;
    private final CheckoutSaga saga;
    private final SaleRepository sales;
    private final ServiceTokens tokens;
    private final EntityManager em;
    private final ObjectMapper json;
    private final SalesConfig config;
    private final String consumer = "sales-" + UUID.randomUUID();

    public PaymentEventConsumer(RedisDataSource redis, CheckoutSaga saga, SaleRepository sales, ServiceTokens tokens,
            EntityManager em, ObjectMapper json, SalesConfig config) {
        this.streams = redis.stream(String.class, String.class, String.class);
        this.saga = saga;
        this.sales = sales;
        this.tokens = tokens;
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /** The group exists before the first sale, so no payment outcome is missed. */
    void onStart(@Observes StartupEvent event) {
        try {
            streams.xgroupCreate(stream(), config.paymentEvents().group(), "$", new XGroupCreateArgs().mkstream());
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("BUSYGROUP")) {
                LOG.warnf("Could not create consumer group on %s: %s (will retry when polling)", stream(),
                        e.getMessage());
            }
        }
    }

    @Scheduled(every = "${sales.payment-events.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warnf("Payment events paused: %s (will retry)", e.getMessage());
        }
    }

    /** Handles the events waiting now; returns how many. */
    public int poll() {
        List<StreamMessage<String, String, String>> messages = streams.xreadgroup(config.paymentEvents().group(),
                consumer, stream(), ">", new XReadGroupArgs().count(100));
        for (StreamMessage<String, String, String> message : messages) {
            handle(message);
            streams.xack(stream(), config.paymentEvents().group(), message.id());
        }
        return messages.size();
    }

    /** Acts on one event; package-private for tests. */
    void handle(StreamMessage<String, String, String> message) {
        String type = message.payload().get("type");
        String eventId = message.payload().get("eventId");
        if (type == null || !(type.endsWith(".captured") || type.endsWith(".failed") || type.endsWith(".expired"))) {
            return;
        }
        UUID saleId;
        Payment payment;
        try {
            JsonNode payload = json.readTree(message.payload().get("payload"));
            saleId = UUID.fromString(payload.path("reference").asText());
            payment = new Payment(payload.path("paymentId").asLong(), saleId.toString(),
                    payload.path("status").asText(), payload.path("amountCents").asLong(),
                    payload.path("capturedCents").asLong(), payload.path("refundedCents").asLong(), null,
                    payload.path("failureCode").asText(null), payload.path("failureReason").asText(null));
        } catch (IOException | IllegalArgumentException e) {
            // not a payment of a sale (e.g. a payment taken outside the till): nothing to do
            LOG.debugf("Payment event %s ignored: %s", eventId, e.getMessage());
            return;
        }
        // Most events are of sales that have already ended: every cash payment's, whose sale completes in its
        // checkout before the event arrives. They change nothing, so they cost one read, not three transactions.
        if (QuarkusTransaction.requiringNew().call(() -> sales.ended(saleId))) {
            return;
        }
        boolean first = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "INSERT INTO processed_event (stream, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, stream()).setParameter(2, eventId).executeUpdate() == 1);
        if (!first) {
            return;
        }
        String tenant = message.payload().get("tenant");
        saga.onPayment(tenant, saleId, payment);
        saga.advance(saleId, tokens.callerFor(tenant));
    }

    private String stream() {
        return config.paymentEvents().stream();
    }
}
