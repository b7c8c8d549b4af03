package com.bakery.sales.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;

/**
 * Refuses to start when a card sale's stock would be released before its payment link expires: a buyer paying in
 * between would be charged for a sale that then fails. The hold must outlast the link by {@link #MARGIN}, the time
 * a late webhook (redelivered) or reconciliation may take.
 */
@ApplicationScoped
public class CardHoldCheck {

    static final Duration MARGIN = Duration.ofMinutes(5);

    void onStart(@Observes StartupEvent event, SalesConfig config) {
        problem(config.cardHold(), config.paymentLinkTtl()).ifPresent(p -> {
            throw new IllegalStateException(p);
        });
    }

    static Optional<String> problem(Duration cardHold, Duration linkTtl) {
        if (cardHold.compareTo(linkTtl.plus(MARGIN)) >= 0) {
            return Optional.empty();
        }
        return Optional.of("CARD_HOLD (" + cardHold + ") must be at least PAYMENT_LINK_TTL (" + linkTtl + ") plus "
                + MARGIN.toMinutes() + " minutes: a card paid after its stock was released would fail its sale after"
                + " the money was taken.");
    }
}
