package com.bakery.common.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.redis.datasource.stream.XAddArgs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Relays a service's outbox to its Redis Stream ({@code bakery.outbox.stream}), in every service built with
 * {@code bakery.outbox.enabled=true}. Replicas share the work: each round claims its rows with SKIP LOCKED.
 */
@ApplicationScoped
@IfBuildProperty(name = "bakery.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final StreamCommands<String, String, String> streams;
    private final OutboxConfig config;
    private final String stream;

    public OutboxRelay(Outbox outbox, RedisDataSource redis, OutboxConfig config) {
        this.outbox = outbox;
        this.streams = redis.stream(String.class, String.class, String.class);
        this.config = config;
        this.stream = config.stream().orElseThrow(() -> new IllegalStateException(
                "bakery.outbox.enabled is true but bakery.outbox.stream names no stream"));
    }

    @Scheduled(every = "${bakery.outbox.relay-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayOnSchedule() {
        try {
            relay();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused: %s (will retry)", e.getMessage());
        }
    }

    /** Publishes one round of pending events; returns how many. */
    public int relay() {
        return outbox.relay(config.batchSize(), fields -> streams.xadd(stream,
                new XAddArgs().maxlen(config.maxLength()).nearlyExactTrimming(), fields));
    }
}
