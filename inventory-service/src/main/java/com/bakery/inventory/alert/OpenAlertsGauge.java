package com.bakery.inventory.alert;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Low-stock alerts open in every tenant ({@code bakery_stock_alerts_open}), counted on a schedule rather than at
 * each scrape, so a scrape never waits on the database. Every replica reports the same count: take the max.
 */
@ApplicationScoped
public class OpenAlertsGauge {

    private static final Logger LOG = Logger.getLogger(OpenAlertsGauge.class);

    private final LowStockAlertRepository alerts;
    private final AtomicLong open = new AtomicLong();

    public OpenAlertsGauge(LowStockAlertRepository alerts, MeterRegistry metrics) {
        this.alerts = alerts;
        Gauge.builder("bakery.stock.alerts.open", open, AtomicLong::get)
                .description("low-stock alerts open, all tenants").register(metrics);
    }

    @Scheduled(every = "${inventory.alerts-gauge-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        try {
            open.set(QuarkusTransaction.requiringNew().call(() -> alerts.count("status", LowStockAlert.Status.OPEN)));
        } catch (RuntimeException e) {
            // the database is away: the gauge keeps its last count, and the pool and health show the outage
            LOG.debugf("Open alerts not counted: %s", e.getMessage());
        }
    }
}
