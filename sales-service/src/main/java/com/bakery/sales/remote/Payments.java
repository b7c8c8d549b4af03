package com.bakery.sales.remote;

import com.bakery.sales.remote.PaymentsClient.Payment;
import com.bakery.sales.remote.PaymentsClient.PaymentRequest;
import com.bakery.sales.remote.PaymentsClient.Refund;
import com.bakery.sales.remote.PaymentsClient.RefundRequest;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** payments-service behind a timeout and a circuit breaker; every call that changes money carries a key. */
@ApplicationScoped
public class Payments implements PaymentSteps {

    private static final String NAME = "payments-service";

    private final PaymentsClient client;

    public Payments(@RestClient PaymentsClient client) {
        this.client = client;
    }

    @Timeout(10_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    @Timed(value = "bakery.saga.step", extraTags = { "step", "pay" })
    @Override
    public Payment create(Caller caller, String key, PaymentRequest request) {
        return Remote.call(NAME, () -> client.create(caller.authorization(), key, request));
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    @Override
    public Payment get(Caller caller, long id) {
        return Remote.call(NAME, () -> client.get(caller.authorization(), id));
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    @Override
    public List<Payment> byReference(Caller caller, String reference) {
        return Remote.call(NAME, () -> client.byReference(caller.authorization(), reference).items());
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    @Timed(value = "bakery.saga.step", extraTags = { "step", "cancel" })
    @Override
    public Payment cancel(Caller caller, long id) {
        return Remote.call(NAME, () -> client.cancel(caller.authorization(), id));
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    @Timed(value = "bakery.saga.step", extraTags = { "step", "refund" })
    @Override
    public Refund refund(Caller caller, String key, long paymentId, RefundRequest request) {
        return Remote.call(NAME, () -> client.refund(caller.authorization(), key, paymentId, request));
    }
}
