package com.bakery.sales.saga;

import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleStep;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * A sale that reached its end: counted ({@code bakery_checkouts_total} by method, outcome and failure code) and
 * logged once, in the trace that ended it (a card sale's is the payment event's, which joins the checkout's).
 */
@ApplicationScoped
public class SaleEndings {

    private static final Logger LOG = Logger.getLogger(SaleEndings.class);

    private final MeterRegistry metrics;

    public SaleEndings(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void ended(Sale sale) {
        String method = sale.paymentMethod.name().toLowerCase(Locale.ROOT);
        String reason = sale.failureCode == null ? "none" : sale.failureCode.code();
        String outcome = sale.step == SaleStep.COMPLETED ? "completed" : "failed";
        Counter.builder("bakery.checkouts").description("sales that reached an end")
                .tags("method", method, "outcome", outcome, "reason", reason).register(metrics).increment();
        if (sale.step == SaleStep.COMPLETED) {
            LOG.infof("Sale %s completed: %s, total %d %s", sale.id, method, sale.totalCents, sale.currency);
        } else {
            LOG.infof("Sale %s failed: %s, %s", sale.id, method, reason);
        }
    }
}
