package com.bakery.inventory.stock;

import com.bakery.inventory.config.InventoryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The calendar batches expire by: a batch is good through its {@code expiresOn} day, in the configured zone, and
 * expired from the day after.
 */
@ApplicationScoped
public class Expiry {

    private final InventoryConfig config;

    public Expiry(InventoryConfig config) {
        this.config = config;
    }

    public LocalDate today() {
        return LocalDate.now(Clock.system(config.timeZone()));
    }

    /** The last day a batch may expire on to be warned about today. */
    public LocalDate warnThrough() {
        return today().plusDays(config.expiryWarningDays());
    }
}
