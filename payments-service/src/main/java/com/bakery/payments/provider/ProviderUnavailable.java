package com.bakery.payments.provider;

/** The provider could not answer: unreachable, too slow, a 5xx, or its circuit breaker is open. */
public class ProviderUnavailable extends RuntimeException {

    public ProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
