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

    /** When spoiled units are written off (read by the scheduler as {@code inventory.spoilage-cron}). */
    @WithDefault("0 */15 * * * ?")
    String spoilageCron();
}
