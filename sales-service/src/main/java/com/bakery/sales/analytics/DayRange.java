package com.bakery.sales.analytics;

import com.bakery.common.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Days {@code from} to {@code to} (both included) of the tenant's zone, from query parameters; default today. */
public record DayRange(LocalDate from, LocalDate to, ZoneId zone) {

    public static DayRange parse(String from, String to, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate start = date("from", from, today);
        LocalDate end = date("to", to, from == null ? today : start.isAfter(today) ? start : today);
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) > 366) {
            throw ProblemException.invalid("to", "the range is at most 366 days");
        }
        return new DayRange(start, end, zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        try {
            return value == null ? otherwise : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2026-11-22");
        }
    }
}
