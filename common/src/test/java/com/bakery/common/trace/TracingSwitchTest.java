package com.bakery.common.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingSwitchTest {

    @Test
    void instrumentsHttpAndRedisOnlyWhereTracesAreExported() {
        TracingSwitch off = new TracingSwitch(Map.of());
        assertEquals("false", off.getValue("quarkus.otel.instrument.vertx-http"));
        assertEquals("false", off.getValue("quarkus.otel.instrument.vertx-redis-client"));
        assertEquals("false", new TracingSwitch(Map.of(TracingSwitch.ENDPOINT, " ")).getValue(
                "quarkus.otel.instrument.vertx-http"));

        TracingSwitch on = new TracingSwitch(Map.of(TracingSwitch.ENDPOINT, "http://collector:4318"));
        assertEquals("true", on.getValue("quarkus.otel.instrument.vertx-http"));
        assertEquals("true", on.getValue("quarkus.otel.instrument.vertx-redis-client"));
        assertNull(on.getValue("quarkus.otel.exporter.otlp.traces.endpoint"), "it sets nothing else");
    }
}
