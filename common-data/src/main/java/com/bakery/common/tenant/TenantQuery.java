package com.bakery.common.tenant;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The query a {@link TenantRepository} runs: the caller's condition with the tenant's put around it. */
final class TenantQuery {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private TenantQuery() {
    }

    /**
     * {@code (condition) and <field> = ?<n+1> [order by ...]} for a query of {@code n} positional parameters. The
     * condition is bracketed, so an {@code or} in it cannot reach past the tenant.
     */
    static String scoped(String field, String query, int parameters) {
        Matcher numbered = NUMBERED.matcher(query);
        while (numbered.find()) {
            if (Integer.parseInt(numbered.group(1)) > parameters) {
                throw new IllegalArgumentException("?" + numbered.group(1) + " in \"" + query + "\" has no parameter");
            }
        }
        String tenant = field + " = ?" + (parameters + 1);
        String trimmed = query.strip();
        int order = trimmed.toLowerCase(Locale.ROOT).indexOf("order by");
        String condition = (order < 0 ? trimmed : trimmed.substring(0, order)).strip();
        String ordering = order < 0 ? "" : " " + trimmed.substring(order);
        return (condition.isEmpty() ? tenant : "(" + condition + ") and " + tenant) + ordering;
    }
}
