package com.bakery.classifier.classification;

import com.bakery.common.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** {@code from}/{@code to} filters: a day ({@code 2026-11-22}, {@code to} inclusive) or an instant. */
final class Dates {

    private Dates() {
    }

    static Instant from(String field, String value) {
        return parse(field, value, false);
    }

    static Instant to(String field, String value) {
        return parse(field, value, true);
    }

    private static Instant parse(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (2026-11-22) or an instant (2026-11-22T10:15:00Z)");
        }
    }
}
