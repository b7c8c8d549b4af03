package com.bakery.gateway.assistant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A span of days named in a question: today, yesterday, this/last week or month, the last N days, a date. */
public record Period(LocalDate from, LocalDate to) {

    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern LAST_DAYS = Pattern.compile("\\b(?:last|past) (\\d{1,3}) days\\b");

    public static Optional<Period> in(String question, LocalDate today) {
        String q = question.toLowerCase();
        Matcher date = DATE.matcher(q);
        if (date.find()) {
            try {
                LocalDate day = LocalDate.parse(date.group(1));
                return Optional.of(new Period(day, day));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher days = LAST_DAYS.matcher(q);
        if (days.find()) {
            return Optional.of(new Period(today.minusDays(Integer.parseInt(days.group(1)) - 1L), today));
        }
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        if (q.contains("yesterday")) {
            return Optional.of(new Period(today.minusDays(1), today.minusDays(1)));
        }
        if (q.contains("today") || q.contains("so far")) {
            return Optional.of(new Period(today, today));
        }
        if (q.contains("last week") || q.contains("previous week")) {
            return Optional.of(new Period(monday.minusWeeks(1), monday.minusDays(1)));
        }
        if (q.contains("this week")) {
            return Optional.of(new Period(monday, today));
        }
        if (q.contains("last month") || q.contains("previous month")) {
            LocalDate first = today.withDayOfMonth(1).minusMonths(1);
            return Optional.of(new Period(first, first.plusMonths(1).minusDays(1)));
        }
        if (q.contains("this month")) {
            return Optional.of(new Period(today.withDayOfMonth(1), today));
        }
        return Optional.empty();
    }
}
