package com.bakery.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where a service's outbox is relayed to ({@code bakery.outbox.*}); a service without one sets none of it. */
@ConfigMapping(prefix = "bakery.outbox")
public interface OutboxConfig {

    /**
     * Whether the service has an outbox to relay: read when the service is built ({@code @IfBuildProperty} on
     * {@link OutboxRelay}); declared here so the mapping knows the key.
     */
    @WithDefault("false")
    boolean enabled();

    /** The Redis Stream the events go to; the relay runs only in a service built with {@code bakery.outbox.enabled}. */
    Optional<String> stream();

    /** How often the relay looks for unpublished events (read by the scheduler). */
    @WithDefault("1s")
    String relayEvery();

    /** Events relayed per round. */
    @WithDefault("100")
    int batchSize();

    /**
     * About how many events the stream keeps (XADD MAXLEN ~): consumers read within seconds and record what they
     * processed, so older entries only take Redis memory, which is capped.
     */
    @WithDefault("100000")
    long maxLength();
}
