package com.bakery.common.request;

/** The logging context's keys for who made a request (beside {@code requestId} and OpenTelemetry's trace ids). */
public final class LogFields {

    public static final String TENANT = "tenant";
    public static final String SUBJECT = "subject";

    private LogFields() {
    }
}
