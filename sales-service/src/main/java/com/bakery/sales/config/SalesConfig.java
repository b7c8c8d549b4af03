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

    /**
     * How long inventory holds a card sale's stock ({@code CARD_HOLD}): as long as the payment link lives
     * ({@code PAYMENT_LINK_TTL}, which payments-service expires) and a margin for a late webhook, so a buyer who pays
     * at the last minute never finds the sale failed after the money was taken. {@link CardHoldCheck} refuses less.
     */
    @WithDefault("40m")
    Duration cardHold();

    /** The payment link's life, as payments-service has it (the same {@code PAYMENT_LINK_TTL}). */
    @WithDefault("30m")
    Duration paymentLinkTtl();

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
