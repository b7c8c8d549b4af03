package com.bakery.sales.saga;

import com.bakery.sales.config.SalesConfig;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.remote.PaymentSteps;
import com.bakery.sales.remote.PaymentsClient.Payment;
import com.bakery.sales.remote.RemoteUnavailable;
import com.bakery.sales.remote.ServiceTokens;
import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleRepository;
import com.bakery.sales.sale.SaleStep;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Finishes every sale left unfinished (a restart in the middle, a service that was down, a payment event that
 * never came), at start and then on a schedule, acting with a service token of the sale's tenant. Only sales
 * untouched for a while are taken, so a checkout still in flight is left to its own request.
 */
@ApplicationScoped
public class Recovery {

    private static final Logger LOG = Logger.getLogger(Recovery.class);

    private final SaleRepository sales;
    private final CheckoutSaga saga;
    private final PaymentSteps payments;
    private final ServiceTokens tokens;
    private final SalesConfig config;
    private final Map<SaleStep, AtomicInteger> stuck = new EnumMap<>(SaleStep.class);

    public Recovery(SaleRepository sales, CheckoutSaga saga, PaymentSteps payments, ServiceTokens tokens,
            SalesConfig config, MeterRegistry metrics) {
        for (SaleStep step : SaleStep.values()) {
            if (!step.finished()) {
                AtomicInteger count = new AtomicInteger();
                stuck.put(step, count);
                Gauge.builder("bakery.sales.stuck", count, AtomicInteger::get).tag("step", step.name().toLowerCase(
                        Locale.ROOT)).description("sales the last recovery round could not move past this step")
                        .register(metrics);
            }
        }
        this.sales = sales;
        this.saga = saga;
        this.payments = payments;
        this.tokens = tokens;
        this.config = config;
    }

    @Scheduled(every = "${sales.recover-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        run(Instant.now());
    }

    /** One round, as if it were {@code now}; returns how many sales it took up. */
    public int run(Instant now) {
        List<Sale> unfinished = QuarkusTransaction.requiringNew().call(() -> sales.unfinishedBefore(
                now.minus(config.recoverAfter()), 100));
        Map<SaleStep, Integer> left = new EnumMap<>(SaleStep.class);
        for (Sale sale : unfinished) {
            try {
                Caller caller = tokens.callerFor(sale.tenantId);
                if (sale.step == SaleStep.AWAITING_PAYMENT) {
                    checkPayment(sale, caller);
                }
                Sale after = saga.advance(sale.id, caller);
                if (after != null && isStuck(after, now)) {
                    left.merge(after.step, 1, Integer::sum);
                }
            } catch (RuntimeException e) {
                if (isStuck(sale, now)) {
                    left.merge(sale.step, 1, Integer::sum);
                }
                LOG.warnf("Sale %s not recovered this round: %s", sale.id, e.getMessage());
                if (!RemoteUnavailable.is(e)) {
                    LOG.debug("recovery failure", e);
                }
            }
        }
        stuck.forEach((step, count) -> count.set(left.getOrDefault(step, 0)));
        return unfinished.size();
    }

    /**
     * Still unfinished after a round: stuck, unless it waits for a buyer whose payment link can still be paid
     * (a card sale's hold outlasts its link, and recovery ends it once the link has expired).
     */
    private boolean isStuck(Sale sale, Instant now) {
        if (sale.step.finished()) {
            return false;
        }
        return sale.step != SaleStep.AWAITING_PAYMENT || sale.createdAt.isBefore(now.minus(config.cardHold()));
    }

    /** The event may have been missed: ask payments-service how the sale's payment ended. */
    private void checkPayment(Sale sale, Caller caller) {
        Payment payment = payments.get(caller, sale.paymentId);
        saga.onPayment(sale.tenantId, sale.id, payment);
    }
}
