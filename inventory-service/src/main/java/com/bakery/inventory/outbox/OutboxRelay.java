package com.bakery.inventory.outbox;

import com.bakery.inventory.config.InventoryConfig;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Relays outbox events to the Redis Stream, oldest first. At least once: an event is marked published only after
 * XADD succeeded, in the transaction that read it, so a crash between the two sends it again after restart
 * (consumers deduplicate on {@code eventId}). Rows are claimed with SKIP LOCKED, so replicas share the work.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final StreamCommands<String, String, String> streams;
    private final InventoryConfig config;

    public OutboxRelay(RedisDataSource redis, InventoryConfig config) {
        this.streams = redis.stream(String.class, String.class, String.class);
        this.config = config;
    }

    @Scheduled(every = "${inventory.outbox.relay-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayOnSchedule() {
        try {
            relay();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused: %s (will retry)", e.getMessage());
        }
    }

    /** Publishes one round of pending events; returns how many. */
    @Transactional
    public int relay() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = OutboxEvent.getEntityManager()
                .createNativeQuery("SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY id "
                        + "LIMIT ?1 FOR UPDATE SKIP LOCKED", OutboxEvent.class)
                .setParameter(1, config.outbox().batchSize()).getResultList();
        for (OutboxEvent event : pending) {
            streams.xadd(config.outbox().stream(), Map.of(
                    "eventId", String.valueOf(event.id),
                    "type", event.type,
                    "tenant", event.tenantId,
                    "aggregateId", event.aggregateId,
                    "payload", event.payload,
                    "createdAt", event.createdAt.toString()));
            event.publishedAt = Instant.now();
        }
        return pending.size();
    }
}
