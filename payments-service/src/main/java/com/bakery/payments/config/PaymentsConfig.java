package com.bakery.payments.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "payments")
public interface PaymentsConfig {

    /**
     * The suite's public base URL (the gateway), from which the provider reaches our webhook. When unset, this
     * service's own local address is used, which only a provider on this machine (the simulator) can reach.
     */
    Optional<String> publicUrl();

    /** A card payment whose link was not paid within this time expires. */
    @WithDefault("30m")
    Duration linkTtl();

    /**
     * A card payment with no link this long after it was opened never gets one (the provider's timeout is far
     * shorter: its link was lost, e.g. to a database restart after the provider made it): it fails, so its sale
     * does not wait for the link's whole lifetime.
     */
    @WithDefault("30s")
    Duration linkGrace();

    /** A card payment still PENDING after this time is checked with the provider by the reconciliation job. */
    @WithDefault("2m")
    Duration reconcileAfter();

    /** How often reconciliation runs (read by the scheduler as {@code payments.reconcile-every}). */
    @WithDefault("30s")
    String reconcileEvery();

    @WithName("infinitypay")
    InfinitePay infinitePay();

    interface InfinitePay {
        /** The merchant's InfiniteTag without the leading {@code $}; the prod profile requires it. */
        String handle();

        /** Sent as a bearer token when set (seed 000 had one; the published API does not ask for it). */
        Optional<String> token();

        /** Where the buyer's browser goes after paying, when set. */
        Optional<String> redirectUrl();
    }

}
