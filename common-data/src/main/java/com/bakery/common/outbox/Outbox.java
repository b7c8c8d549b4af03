package com.bakery.common.outbox;

import com.bakery.common.trace.TraceParent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The transactional outbox: {@link #add} records an event in the caller's transaction, so it leaves only if the
 * change it describes commits; {@link #relay} hands pending events, oldest first, to a publisher (a Redis Stream)
 * and marks them published in the same transaction. At least once: a crash between the two sends an event again
 * after restart, so consumers deduplicate on {@code eventId}. Rows are claimed with SKIP LOCKED, so replicas share
 * the work. Each service keeps an {@code outbox_event} table in its own schema. An event carries the trace context it
 * was recorded in ({@code traceparent}), so its consumer's work joins the trace of the request that caused it.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;

    public Outbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String tenant, String type, String aggregateId, Object payload) {
        em.createNativeQuery("INSERT INTO outbox_event (tenant_id, type, aggregate_id, payload, traceparent) "
                + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, tenant).setParameter(2, type).setParameter(3, aggregateId)
                .setParameter(4, write(payload)).setParameter(5, TraceParent.current()).executeUpdate();
    }

    /** Publishes one round of at most {@code batchSize} pending events; returns how many. */
    @Transactional
    public int relay(int batchSize, Consumer<Map<String, String>> publisher) {
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery("SELECT id, tenant_id, type, aggregate_id, payload, created_at, "
                + "traceparent FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ?1 "
                + "FOR UPDATE SKIP LOCKED")
                .setParameter(1, batchSize).getResultList();
        List<Long> published = new ArrayList<>();
        for (Object[] row : pending) {
            Map<String, String> fields = new HashMap<>(Map.of(
                    "eventId", row[0].toString(),
                    "tenant", (String) row[1],
                    "type", (String) row[2],
                    "aggregateId", (String) row[3],
                    "payload", (String) row[4],
                    "createdAt", instant(row[5])));
            if (row[6] != null) {
                fields.put(TraceParent.FIELD, (String) row[6]);
            }
            publisher.accept(fields);
            published.add(((Number) row[0]).longValue());
        }
        if (!published.isEmpty()) {
            em.createNativeQuery("UPDATE outbox_event SET published_at = now() WHERE id IN (:ids)")
                    .setParameter("ids", published).executeUpdate();
        }
        return published.size();
    }

    private static String instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant().toString() : value.toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
