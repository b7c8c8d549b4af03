package com.bakery.common.trace;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * A trace context as W3C {@code traceparent} text, for work that leaves a request and is picked up later: an event
 * on a Redis Stream, a payment whose provider calls back. Stored with the work, it lets the later span join the
 * trace of the request that caused it.
 */
public final class TraceParent {

    public static final String FIELD = "traceparent";

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceParent() {
    }

    /** The current span's context, or null when there is none. */
    public static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(FIELD);
    }

    /** The context {@code traceparent} names (the root context when it is null or malformed). */
    public static Context parse(String traceparent) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(FIELD,
                traceparent == null ? "" : traceparent), MAP);
    }
}
