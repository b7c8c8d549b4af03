package com.bakery.payments.provider.infinitepay;

import com.bakery.payments.config.PaymentsConfig;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Sends {@code INFINITY_PAY_TOKEN} as a bearer token when one is configured; the published API needs none. */
public class InfinitePayToken implements ClientRequestFilter {

    private final PaymentsConfig config;

    public InfinitePayToken(PaymentsConfig config) {
        this.config = config;
    }

    @Override
    public void filter(ClientRequestContext request) {
        config.infinitePay().token().filter(t -> !t.isBlank())
                .ifPresent(token -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }
}
