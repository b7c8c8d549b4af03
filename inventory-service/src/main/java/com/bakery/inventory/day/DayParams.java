package com.bakery.inventory.day;

import com.bakery.common.problem.ProblemException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Days and zones read from query parameters, refused with a 400 naming the parameter. Parsed by hand because a
 * JAX-RS parameter that fails to convert answers 404, not a problem naming the field.
 */
public final class DayParams {

    private DayParams() {
    }

    /** A day the caller must give. */
    public static LocalDate day(String field, String value) {
        return optionalDay(field, value).orElseThrow(
                () -> ProblemException.invalid(field, "is required (a day such as 2026-12-01)"));
    }

    /** A day, or empty when the parameter is absent or blank. */
    public static Optional<LocalDate> optionalDay(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a day such as 2026-12-01");
        }
    }

    /** A time zone, or {@code otherwise} when the parameter is absent or blank. */
    public static ZoneId zone(String field, String value, ZoneId otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw ProblemException.invalid(field, "must be a time zone such as America/Sao_Paulo");
        }
    }
}
