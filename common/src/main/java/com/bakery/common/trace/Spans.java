package com.bakery.common.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;

/** Spans of work that continues a trace begun elsewhere, earlier: an event read, a provider's callback. */
public final class Spans {

    private Spans() {
    }

    /**
     * A span of {@code name} in the trace {@code traceparent} names (a trace of its own when it is null), linked to
     * the span running now (the poll or the callback's request that brought the work). The caller makes it current
     * and ends it.
     */
    public static Span continuing(Tracer tracer, String name, String traceparent) {
        SpanBuilder span = tracer.spanBuilder(name).setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceParent.parse(traceparent));
        SpanContext now = Span.current().getSpanContext();
        if (now.isValid()) {
            span.addLink(now);
        }
        return span.startSpan();
    }
}
