package com.bakery.sales.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardHoldCheckTest {

    @Test
    void aHoldShorterThanTheLinkIsRefusedAndSaysWhy() {
        // the old defaults: RESERVATION_TTL 15 min against PAYMENT_LINK_TTL 30 min
        Optional<String> problem = CardHoldCheck.problem(Duration.ofMinutes(15), Duration.ofMinutes(30));
        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("CARD_HOLD (PT15M) must be at least PAYMENT_LINK_TTL (PT30M) plus 5"),
                problem.get());
    }

    @Test
    void aHoldWithinTheMarginIsRefused() {
        assertTrue(CardHoldCheck.problem(Duration.ofMinutes(34), Duration.ofMinutes(30)).isPresent());
    }

    @Test
    void theDefaultsAndLongerHoldsPass() {
        assertEquals(Optional.empty(), CardHoldCheck.problem(Duration.ofMinutes(40), Duration.ofMinutes(30)));
        assertEquals(Optional.empty(), CardHoldCheck.problem(Duration.ofMinutes(35), Duration.ofMinutes(30)));
    }
}
