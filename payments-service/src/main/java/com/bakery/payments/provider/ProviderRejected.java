package com.bakery.payments.provider;

/** The provider refused the request (a 4xx): retrying the same request will not help. */
public class ProviderRejected extends RuntimeException {

    public ProviderRejected(String message) {
        super(message);
    }
}
