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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
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

    public Recovery(SaleRepository sales, CheckoutSaga saga, PaymentSteps payments, ServiceTokens tokens,
            SalesConfig config) {
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
        for (Sale sale : unfinished) {
            try {
                Caller caller = tokens.callerFor(sale.tenantId);
                if (sale.step == SaleStep.AWAITING_PAYMENT) {
                    checkPayment(sale, caller);
                }
                saga.advance(sale.id, caller);
            } catch (RuntimeException e) {
                LOG.warnf("Sale %s not recovered this round: %s", sale.id, e.getMessage());
                if (!RemoteUnavailable.is(e)) {
                    LOG.debug("recovery failure", e);
                }
            }
        }
        return unfinished.size();
    }

    /** The event may have been missed: ask payments-service how the sale's payment ended. */
    private void checkPayment(Sale sale, Caller caller) {
        Payment payment = payments.get(caller, sale.paymentId);
        saga.onPayment(sale.tenantId, sale.id, payment);
    }
}
