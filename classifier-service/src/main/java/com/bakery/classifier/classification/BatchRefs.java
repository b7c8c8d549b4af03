package com.bakery.classifier.classification;

import com.bakery.common.problem.ProblemException;
import java.util.regex.Pattern;

/** A reference to an inventory batch (its id), kept as given once it looks like an id. */
final class BatchRefs {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private BatchRefs() {
    }

    static String check(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!ID.matcher(value.strip()).matches()) {
            throw ProblemException.invalid(field, "must be a batch id (1 to 64 letters, digits, '.', '_', ':' or '-')");
        }
        return value.strip();
    }
}
