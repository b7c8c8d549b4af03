package com.bakery.simulators.otlp;

import java.util.List;
import java.util.Map;

/**
 * One span as an OTLP exporter sent it: ids in lower-case hex (the parent's empty for a trace's root), the service
 * that recorded it ({@code service.name}), its kind ({@code SERVER}, {@code CLIENT}, {@code CONSUMER}, ...), its
 * attributes as text, and the span ids it links to.
 */
public record ReceivedSpan(String traceId, String spanId, String parentSpanId, String service, String name,
        String kind, Map<String, String> attributes, List<String> links) {

    public boolean root() {
        return parentSpanId.isEmpty();
    }

    public String attribute(String key) {
        return attributes.get(key);
    }
}
