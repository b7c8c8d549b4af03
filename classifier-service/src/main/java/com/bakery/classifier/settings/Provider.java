package com.bakery.classifier.settings;

import com.bakery.common.problem.ProblemException;
import java.util.Locale;

/** Who names the fruit: the tenant's own model, or an OpenAI-compatible vision model. */
public enum Provider {
    LOCAL, OPENAI;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Provider parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        for (Provider p : values()) {
            if (p.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw ProblemException.invalid(field, "must be 'local' or 'openai'");
    }
}
