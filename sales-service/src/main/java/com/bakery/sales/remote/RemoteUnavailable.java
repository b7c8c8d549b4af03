package com.bakery.sales.remote;

/** Another service could not answer: down, too slow, a 5xx, or its circuit breaker is open. */
public class RemoteUnavailable extends RuntimeException {

    public RemoteUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** True for every way a remote call can fail without an answer, including fault tolerance's own. */
    public static boolean is(RuntimeException e) {
        return e instanceof RemoteUnavailable
                || e instanceof org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
    }
}
