package com.bakery.payments.provider;

import java.util.Set;

/** A card payment provider: hosted checkout links, a status pull, and what it can do. */
public interface PaymentProvider {

    /** The name stored on payments it handles. */
    String name();

    Capabilities capabilities();

    /**
     * Creates a hosted checkout for one charge.
     *
     * @throws ProviderUnavailable when the provider cannot be reached, times out, fails (5xx) or its circuit is open
     * @throws ProviderRejected when the provider refuses the request (4xx)
     */
    Charge createCharge(ChargeRequest request);

    /** Asks the provider whether a charge was paid; safe to retry. */
    StatusCheck checkStatus(StatusQuery query);

    record Capabilities(Set<String> currencies, boolean refunds) {
    }

    record ChargeRequest(String orderNsu, long amountCents, String currency, String description, String webhookUrl) {
    }

    record Charge(String checkoutUrl, String slug) {
    }

    record StatusQuery(String orderNsu, String transactionNsu, String slug) {
    }

    /** {@code found} false: the provider knows no such charge. */
    record StatusCheck(boolean found, boolean paid, long amountCents, long paidAmountCents, int installments,
            String captureMethod) {

        public static StatusCheck notFound() {
            return new StatusCheck(false, false, 0, 0, 0, null);
        }
    }
}
