package com.bakery.payments.provider.infinitepay;

import com.bakery.payments.config.PaymentsConfig;
import com.bakery.payments.provider.PaymentProvider;
import com.bakery.payments.provider.ProviderRejected;
import com.bakery.payments.provider.ProviderUnavailable;
import com.bakery.payments.provider.infinitepay.InfinitePayWire.Item;
import com.bakery.payments.provider.infinitepay.InfinitePayWire.LinkRequest;
import com.bakery.payments.provider.infinitepay.InfinitePayWire.LinkResponse;
import com.bakery.payments.provider.infinitepay.InfinitePayWire.PaymentCheckRequest;
import com.bakery.payments.provider.infinitepay.InfinitePayWire.PaymentCheckResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The InfinitePay adapter. Creating a link is not idempotent at the provider, so it is never retried; the status
 * check is a read and is retried. Both sit behind a circuit breaker, so a provider that is down fails fast.
 */
@ApplicationScoped
public class InfinitePayProvider implements PaymentProvider {

    public static final String NAME = "infinitypay";
    private static final Capabilities CAPABILITIES = new Capabilities(Set.of("BRL"), false);

    private final InfinitePayClient client;
    private final PaymentsConfig config;

    public InfinitePayProvider(@RestClient InfinitePayClient client, PaymentsConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    @Timeout(10_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15_000, skipOn = ProviderRejected.class)
    @CircuitBreakerName("infinitypay-links")
    public Charge createCharge(ChargeRequest request) {
        if (!CAPABILITIES.currencies().contains(request.currency())) {
            throw new ProviderRejected("InfinitePay charges only BRL, not " + request.currency());
        }
        LinkResponse link = call(() -> client.createLink(new LinkRequest(config.infinitePay().handle(),
                List.of(new Item(1, request.amountCents(), request.description())), request.orderNsu(),
                config.infinitePay().redirectUrl().orElse(null), request.webhookUrl())));
        String url = link.checkoutUrl() != null ? link.checkoutUrl() : link.link();
        if (url == null || url.isBlank()) {
            throw new ProviderUnavailable("InfinitePay answered without a checkout URL", null);
        }
        return new Charge(url, link.slug() != null ? link.slug() : slugOf(url));
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, retryOn = { ProviderUnavailable.class, TimeoutException.class })
    @Timeout(10_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15_000, skipOn = ProviderRejected.class)
    @CircuitBreakerName("infinitypay-status")
    public StatusCheck checkStatus(StatusQuery query) {
        PaymentCheckResponse answer;
        try {
            answer = call(() -> client.checkPayment(new PaymentCheckRequest(config.infinitePay().handle(),
                    query.orderNsu(), query.transactionNsu(), query.slug())));
        } catch (InfinitePayClient.NotFoundAtProvider e) {
            return StatusCheck.notFound();
        }
        if (!Boolean.TRUE.equals(answer.success())) {
            return StatusCheck.notFound();
        }
        return new StatusCheck(true, Boolean.TRUE.equals(answer.paid()), orZero(answer.amount()),
                orZero(answer.paidAmount()), answer.installments() == null ? 0 : answer.installments(),
                answer.captureMethod());
    }

    /** The link's code: the last segment of {@code https://checkout.infinitepay.io/<handle>/<code>}. */
    static String slugOf(String checkoutUrl) {
        String path = checkoutUrl.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** Transport failures (refused connection, read timeout) become {@link ProviderUnavailable}. */
    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ProviderRejected | ProviderUnavailable | InfinitePayClient.NotFoundAtProvider e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProviderUnavailable("InfinitePay could not be reached: " + e.getMessage(), e);
        }
    }
}
