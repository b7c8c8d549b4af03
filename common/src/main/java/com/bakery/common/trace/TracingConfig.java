package com.bakery.common.trace;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many of the traces begun are kept ({@code bakery.tracing.*}; OTEL_TRACES_SAMPLER_ARG). */
@ConfigMapping(prefix = "bakery.tracing")
public interface TracingConfig {

    /** The share of new traces recorded, 0 to 1. */
    @WithDefault("1.0")
    double ratio();
}
