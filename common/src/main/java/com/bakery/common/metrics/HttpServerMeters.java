package com.bakery.common.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Every service serves on two ports (its API, and the management interface for health, metrics and OpenAPI). Quarkus
 * tags a server's HTTP meters with {@code server.port} only when that port is fixed, and Prometheus refuses one meter
 * name with two sets of tag keys: a random API port (tests) beside the fixed management port stopped the service at
 * start. Without the tag both servers' meters are one set; probes and scrapes stay apart by their {@code uri}.
 */
public class HttpServerMeters {

    @Produces
    @Singleton
    MeterFilter withoutServerPort() {
        return MeterFilter.ignoreTags("server.port");
    }
}
