package com.bakery.inventory.outbox;

import com.bakery.common.outbox.Outbox;
import com.bakery.inventory.config.InventoryConfig;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.redis.datasource.stream.XAddArgs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Relays inventory's outbox to its Redis Stream. */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final StreamCommands<String, String, String> streams;
    private final InventoryConfig config;

    public OutboxRelay(Outbox outbox, RedisDataSource redis, InventoryConfig config) {
        this.outbox = outbox;
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
    public int relay() {
        return outbox.relay(config.outbox().batchSize(), fields -> streams.xadd(config.outbox().stream(),
                new XAddArgs().maxlen(config.outbox().maxLength()).nearlyExactTrimming(), fields));
    }
}
