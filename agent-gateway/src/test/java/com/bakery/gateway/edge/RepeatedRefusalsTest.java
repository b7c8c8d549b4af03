package com.bakery.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RepeatedRefusalsTest {

    @Test
    void theFirstRefusalOfAWindowIsRecordedAndTheNextWindowsFirstCarriesTheCount() {
        RepeatedRefusals refusals = new RepeatedRefusals(60_000, 100);
        assertEquals(new RepeatedRefusals.Verdict(true, 0), refusals.admit("203.0.113.1", "HTTP 401", 0));
        assertEquals(new RepeatedRefusals.Verdict(false, 0), refusals.admit("203.0.113.1", "HTTP 401", 10));
        assertEquals(new RepeatedRefusals.Verdict(false, 0), refusals.admit("203.0.113.1", "HTTP 401", 59_999));
        assertEquals(new RepeatedRefusals.Verdict(true, 2), refusals.admit("203.0.113.1", "HTTP 401", 60_000));
    }

    @Test
    void anotherAddressOrReasonIsRecordedOnItsOwn() {
        RepeatedRefusals refusals = new RepeatedRefusals(60_000, 100);
        refusals.admit("203.0.113.1", "HTTP 401", 0);
        assertEquals(true, refusals.admit("203.0.113.2", "HTTP 401", 1).record());
        assertEquals(true, refusals.admit("203.0.113.1", "plain HTTP refused", 2).record());
    }

    @Test
    void pastItsCapacityEveryRefusalIsRecorded() {
        RepeatedRefusals refusals = new RepeatedRefusals(60_000, 2);
        refusals.admit("a", "r", 0);
        refusals.admit("b", "r", 0);
        assertEquals(true, refusals.admit("c", "r", 1).record());
        assertEquals(true, refusals.admit("c", "r", 2).record(), "not followed: recorded again");
        // once the old windows end, there is room again
        assertEquals(true, refusals.admit("d", "r", 60_001).record());
        assertEquals(false, refusals.admit("d", "r", 60_002).record());
    }
}
