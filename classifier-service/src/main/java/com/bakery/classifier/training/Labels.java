package com.bakery.classifier.training;

import com.bakery.common.problem.ProblemException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Labels are fruit names as in the emoji names: lower case words, {@code red apple}, {@code kiwi fruit}. */
public final class Labels {

    private static final Pattern LABEL = Pattern.compile("[a-z][a-z -]{0,62}[a-z]");

    private Labels() {
    }

    /** The label, trimmed, lower-cased and with single spaces, or a 400 naming the field. */
    public static String normalise(String field, String label) {
        if (label == null || label.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        String normal = label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!LABEL.matcher(normal).matches()) {
            throw ProblemException.invalid(field, "must be 2 to 64 letters, spaces or hyphens, like 'red apple'");
        }
        return normal;
    }
}
