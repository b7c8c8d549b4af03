package com.bakery.common.metrics;

import io.micrometer.core.instrument.binder.jvm.DiskSpaceMetrics;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.File;

/** Free and total bytes of the working directory's file system ({@code disk_free_bytes}), for the low-storage alert. */
public class DiskSpace {

    @Produces
    @Singleton
    DiskSpaceMetrics workingDirectory() {
        return new DiskSpaceMetrics(new File("."));
    }
}
