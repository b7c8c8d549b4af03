package com.bakery.payments.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;

/** Builds {@link PaymentsConfig} outside Quarkus, with Quarkus' own converters ("30m"). */
public final class Configs {

    private Configs() {
    }

    public static SmallRyeConfigBuilder builder() {
        return new SmallRyeConfigBuilder().withMapping(PaymentsConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter());
    }
}
