package com.bakery.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "inventory")
public interface InventoryConfig {

    /** How long a reservation holds stock before it expires. */
    @WithDefault("15m")
    Duration reservationTtl();

    /** How often expired reservations are swept (read by the scheduler as {@code inventory.reservation-sweep-every}). */
    @WithDefault("30s")
    String reservationSweepEvery();

    Outbox outbox();

    interface Outbox {
        /** The Redis Stream inventory events are relayed to. */
        @WithDefault("bakery.inventory.events")
        String stream();

        /** How often the relay looks for unpublished events. */
        @WithDefault("1s")
        String relayEvery();

        /** Events relayed per round. */
        @WithDefault("100")
        int batchSize();

        /**
         * About how many events the stream keeps (XADD MAXLEN ~): consumers read within seconds and record what they
         * processed, so older entries only take Redis memory, which is capped.
         */
        @WithDefault("100000")
        long maxLength();
    }
}
