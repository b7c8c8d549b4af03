package com.bakery.inventory.waste;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Writes off spoiled units on the schedule {@code inventory.spoilage-cron} sets (every quarter hour, or once at
 * closing time), so yesterday's loaves stop counting as stock even on a day nothing is sold. Replicas may sweep
 * at once: each product is written off under its row lock, so the second finds nothing left to take.
 */
@ApplicationScoped
public class SpoilageSweep {

    private static final Logger LOG = Logger.getLogger(SpoilageSweep.class);

    private final Spoilage spoilage;
    private final MeterRegistry metrics;

    public SpoilageSweep(Spoilage spoilage, MeterRegistry metrics) {
        this.spoilage = spoilage;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${inventory.spoilage-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int written = spoilage.writeOffAllSpoiled(null, Instant.now(), "system").size();
        if (written > 0) {
            LOG.infof("Wrote off the spoiled units of %d product(s)", written);
            metrics.counter("bakery.products.spoiled.writeoffs").increment(written);
        }
    }
}
