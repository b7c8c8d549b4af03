package com.bakery.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Request and saga-step latency as Prometheus histogram buckets ({@code _bucket}), so p50/p95/p99 can be computed
 * across replicas ({@code histogram_quantile}). A fixed set of bounds, from 5 ms to 10 s, instead of Micrometer's
 * ~70 default ones: each bucket is a series per uri and status.
 */
public class LatencyHistograms {

    static final double[] BOUNDS_NANOS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER || !bucketed(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BOUNDS_NANOS).build()
                        .merge(config);
            }
        };
    }

    private static boolean bucketed(String name) {
        return name.equals("http.server.requests") || name.startsWith("bakery.");
    }
}
