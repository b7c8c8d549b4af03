package com.bakery.sales.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checkout's failure codes and their HTTP statuses are a contract: this is its table (the README lists them for API clients). */
class FailureCodeTest {

    @Test
    void eachFailureIsAnsweredWithItsStatus() {
        Map<String, Integer> table = Arrays.stream(FailureCode.values())
                .collect(Collectors.toMap(FailureCode::code, FailureCode::status, (a, b) -> a, TreeMap::new));

        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("insufficient_stock", 409), Map.entry("reservation_lost", 409),
                Map.entry("payment_declined", 402), Map.entry("payment_failed", 402),
                Map.entry("payment_expired", 402),
                Map.entry("inventory_unavailable", 503), Map.entry("payments_unavailable", 503),
                Map.entry("payment_unavailable", 503),
                Map.entry("inventory_refused", 422), Map.entry("payment_refused", 422),
                Map.entry("mixed_currencies", 422), Map.entry("discount_exceeds_total", 422),
                Map.entry("insufficient_tender", 422), Map.entry("discount_needs_approval", 403))), table);
    }

    @Test
    void theColumnHoldsTheCodeAsItAlwaysHasAndRefusesAnUnknownOne() {
        FailureCode.Column column = new FailureCode.Column();

        for (FailureCode code : FailureCode.values()) {
            assertEquals(code, column.convertToEntityAttribute(column.convertToDatabaseColumn(code)));
        }
        assertEquals("insufficient_stock", column.convertToDatabaseColumn(FailureCode.INSUFFICIENT_STOCK));
        assertNull(column.convertToEntityAttribute(null));
        assertThrows(IllegalArgumentException.class, () -> column.convertToEntityAttribute("sold_out"));
    }
}
