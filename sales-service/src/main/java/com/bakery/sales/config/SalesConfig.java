package com.bakery.sales.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "sales")
public interface SalesConfig {

    /** Time zone of a tenant without settings of its own. */
    @WithDefault("UTC")
    String defaultTimeZone();

    /** A sale untouched this long while unfinished is taken over by the recovery job (it is not in flight). */
    @WithDefault("30s")
    Duration recoverAfter();

    /** How often recovery runs (read by the scheduler as {@code sales.recover-every}). */
    @WithDefault("30s")
    String recoverEvery();

    ServiceClient serviceClient();

    PaymentEvents paymentEvents();

    /** This service's client credentials at the gateway, for tokens when it acts on its own. */
    interface ServiceClient {
        @WithDefault("sales")
        String id();

        String secret();
    }

    interface PaymentEvents {
        /** The payments-service stream of payment outcomes. */
        @WithDefault("bakery.payments.events")
        String stream();

        @WithDefault("sales")
        String group();

        /** How often the consumer polls the stream (read by the scheduler). */
        @WithDefault("1s")
        String pollEvery();
    }
}
