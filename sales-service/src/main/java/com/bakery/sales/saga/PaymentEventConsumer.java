package com.bakery.sales.saga;

import com.bakery.common.trace.Spans;
import com.bakery.common.trace.TraceParent;
import com.bakery.sales.config.SalesConfig;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.remote.PaymentStatus;
import com.bakery.sales.remote.PaymentSteps;
import com.bakery.sales.remote.PaymentsClient.Payment;
import com.bakery.sales.remote.RemoteProblem;
import com.bakery.sales.remote.ServiceTokens;
import com.bakery.sales.sale.SaleRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
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
 * one. An event is only a hint: anyone who can write to Redis can write one, so the payment's status is asked of
 * payments-service (with a service token of the event's tenant) and only its answer moves the sale.
 */
@ApplicationScoped
public class PaymentEventConsumer {

    private static final Logger LOG = Logger.getLogger(PaymentEventConsumer.class);

    private final StreamCommands<String, String, String> streams;
    private final CheckoutSaga saga;
    private final SaleRepository sales;
    private final ServiceTokens tokens;
    private final PaymentSteps payments;
    private final EntityManager em;
    private final ObjectMapper json;
    private final SalesConfig config;
    private final Tracer tracer;
    private final String consumer = "sales-" + UUID.randomUUID();

    public PaymentEventConsumer(RedisDataSource redis, CheckoutSaga saga, SaleRepository sales, ServiceTokens tokens,
            PaymentSteps payments, EntityManager em, ObjectMapper json, SalesConfig config, Tracer tracer) {
        this.payments = payments;
        this.tracer = tracer;
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
        createGroup("$");
    }

    private void createGroup(String from) {
        try {
            streams.xgroupCreate(stream(), config.paymentEvents().group(), from, new XGroupCreateArgs().mkstream());
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
        List<StreamMessage<String, String, String>> messages;
        try {
            messages = streams.xreadgroup(config.paymentEvents().group(), consumer, stream(), ">",
                    new XReadGroupArgs().count(100));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("NOGROUP")) {
                throw e;
            }
            // Redis lost its data (a restart without persistence, a flush): the group goes with the stream. It is
            // made again from the stream's start, so events written since are read; recovery covers the rest.
            LOG.warnf("Consumer group %s on %s was gone; created again", config.paymentEvents().group(), stream());
            createGroup("0");
            return 0;
        }
        for (StreamMessage<String, String, String> message : messages) {
            handleInTrace(message);
            streams.xack(stream(), config.paymentEvents().group(), message.id());
        }
        return messages.size();
    }

    /** Acts on one event in the trace of the request that caused it (its {@code traceparent}). */
    private void handleInTrace(StreamMessage<String, String, String> message) {
        Span span = Spans.continuing(tracer, "sales payment-event " + message.payload().get("type"),
                message.payload().get(TraceParent.FIELD));
        try (Scope scope = span.makeCurrent()) {
            handle(message);
        } finally {
            span.end();
        }
    }

    /** Acts on one event; package-private for tests. */
    void handle(StreamMessage<String, String, String> message) {
        String type = message.payload().get("type");
        String eventId = message.payload().get("eventId");
        if (type == null || !(type.endsWith(".captured") || type.endsWith(".failed") || type.endsWith(".expired"))) {
            return;
        }
        UUID saleId;
        long paymentId;
        try {
            JsonNode payload = json.readTree(message.payload().get("payload"));
            saleId = UUID.fromString(payload.path("reference").asText());
            paymentId = payload.path("paymentId").asLong();
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
        String tenant = message.payload().get("tenant");
        Caller caller = tokens.callerFor(tenant);
        Payment payment = confirmed(caller, saleId, paymentId);
        if (payment == null) {
            return;
        }
        boolean first = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "INSERT INTO processed_event (stream, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, stream()).setParameter(2, eventId).executeUpdate() == 1);
        if (!first) {
            return;
        }
        saga.onPayment(tenant, saleId, payment);
        saga.advance(saleId, caller);
    }

    /**
     * The payment as payments-service has it, if it is this sale's and has ended; null otherwise (a forged or
     * garbled event, or one overtaken by a later state). Payments unreachable: the exception leaves the event
     * unacknowledged, and recovery asks again later.
     */
    private Payment confirmed(Caller caller, UUID saleId, long paymentId) {
        Payment payment;
        try {
            payment = payments.get(caller, paymentId);
        } catch (RemoteProblem notFound) {
            LOG.warnf("Payment event for sale %s names payment %d, which payments-service does not know in tenant %s;"
                    + " ignored", saleId, paymentId, caller.tenant());
            return null;
        }
        if (!saleId.toString().equals(payment.reference())) {
            LOG.warnf("Payment event for sale %s names payment %d of another reference; ignored", saleId, paymentId);
            return null;
        }
        if (payment.status() == PaymentStatus.PENDING) {
            LOG.warnf("Payment event for sale %s says payment %d ended, payments-service says it is PENDING; ignored",
                    saleId, paymentId);
            return null;
        }
        return payment;
    }

    private String stream() {
        return config.paymentEvents().stream();
    }
}
