package com.bakery.sales.shift;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A shift as the till and the manager see it, with its Z report (running while open, frozen once closed). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShiftView(UUID id, String tillId, String tillName, Shift.Status status, String currency,
        String openedBy, Instant openedAt, long openingFloatCents, String closedBy, Instant closedAt, Long zNumber,
        String reportHash, ZReport report) {

    static ShiftView of(Shift s, ZReport report) {
        return new ShiftView(s.id, s.tillId, s.tillName, s.status, s.currency, s.openedBy, s.openedAt,
                s.openingFloatCents, s.closedBy, s.closedAt, s.zNumber, s.reportHash, report);
    }
}
