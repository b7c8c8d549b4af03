package com.bakery.inventory.sql;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads the columns of a native query's {@code Object[]} row. Hibernate hands timestamps back as {@link Timestamp},
 * {@link OffsetDateTime} or {@link Instant} depending on the column type and dialect, so the reports that need
 * native SQL share one conversion here rather than each keeping its own.
 */
public final class Columns {

    private Columns() {
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    /** A DATE column, or null when the column is null. */
    public static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
