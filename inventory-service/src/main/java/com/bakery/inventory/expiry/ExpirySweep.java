package com.bakery.inventory.expiry;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Looks for batches that came within the warning days since the last look (days pass without any receipt). */
@ApplicationScoped
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class);

    private final ExpiryAlerts alerts;

    public ExpirySweep(ExpiryAlerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(every = "${inventory.expiry-check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int opened = alerts.openDue();
        if (opened > 0) {
            LOG.infof("Opened %d expiry alert(s)", opened);
        }
    }
}
