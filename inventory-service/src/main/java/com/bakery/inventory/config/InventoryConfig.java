package com.bakery.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "inventory")
public interface InventoryConfig {

    /** How long a reservation holds stock before it expires. */
    @WithDefault("15m")
    Duration reservationTtl();

    /** How often expired reservations are swept (read by the scheduler as {@code inventory.reservation-sweep-every}). */
    @WithDefault("30s")
    String reservationSweepEvery();

    /** Batches expiring within this many days (today included) raise an expiry alert. */
    @WithDefault("3")
    int expiryWarningDays();

    /** How often the expiry sweep looks (read by the scheduler as {@code inventory.expiry-check-every}). */
    @WithDefault("1h")
    String expiryCheckEvery();

    /** The zone whose calendar decides which day a batch expires in ({@code expiresOn} is a day, not an instant). */
    @WithDefault("UTC")
    ZoneId timeZone();

    /** When spoiled units are written off (read by the scheduler as {@code inventory.spoilage-cron}). */
    @WithDefault("0 */15 * * * ?")
    String spoilageCron();
}
