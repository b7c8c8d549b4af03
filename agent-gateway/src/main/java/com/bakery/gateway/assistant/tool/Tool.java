package com.bakery.gateway.assistant.tool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The assistant's tools, by the name the model and the answers use. A write tool names the roles that may use it
 * (the same the service allows); a read tool is for everyone, the service applying its own rules to the asker.
 */
public enum Tool {
    STOCK_LEVEL,
    LOW_STOCK_ALERTS,
    SALES_SUMMARY,
    TOP_PRODUCTS,
    RECIPE_COST,
    PRODUCTION_RUNS,
    PAYMENT_STATUS,
    RECENT_CLASSIFICATIONS,
    BAKE_PLAN,
    EXPIRING_BATCHES,
    WASTE_REPORT,
    RECEIVE_BATCH("manager", "baker"),
    START_PRODUCTION("manager", "baker");

    private final Set<String> writers;

    Tool(String... writers) {
        this.writers = Set.of(writers);
    }

    /** {@code stock_level}: how the model calls it and answers show it. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    /** In words, for a sentence: {@code stock level}. */
    public String words() {
        return wireName().replace('_', ' ');
    }

    public boolean writes() {
        return !writers.isEmpty();
    }

    /** Who may use a write tool; empty for a read tool. */
    public Set<String> writers() {
        return writers;
    }

    public static Optional<Tool> named(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(wireName)).findFirst();
    }

    @JsonCreator
    static Tool fromWireName(String wireName) {
        return named(wireName).orElseThrow(() -> new IllegalArgumentException("no such tool: " + wireName));
    }
}
