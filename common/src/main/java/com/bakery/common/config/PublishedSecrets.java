package com.bakery.common.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The secrets this repository publishes for development (README, scripts, the dev profile) and what a production
 * configuration must not do with them. Anyone who has read the repository knows these values, so a production
 * start that finds one anywhere in its configuration is refused, whatever property it sits in.
 */
public final class PublishedSecrets {

    /**
     * Every dev default committed to the repository: database passwords, the service client secret, demo users,
     * the audit checkpoint key.
     */
    public static final Set<String> VALUES = Set.of(
            "bakery_inventory_dev", "bakery_sales_dev", "bakery_payments_dev", "bakery_classifier_dev",
            "bakery_gateway_dev", "bakery_postgres_dev", "bakery-sales-dev", "bakery-demo", "bakery-audit-dev");

    private static final String REDIS_HOSTS = "quarkus.redis.hosts";
    private static final String REDIS_PASSWORD = "quarkus.redis.password";

    private PublishedSecrets() {
    }

    /**
     * What is wrong with a production configuration: one line per property holding a published value, and one if
     * Redis is used without a password (the streams carry payment events; anyone on the network could write them).
     * Names only, never the values.
     */
    public static List<String> problems(Iterable<String> names, Function<String, Optional<String>> value) {
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith("%") && value.apply(name).map(String::strip).filter(VALUES::contains).isPresent()) {
                problems.add(name + " holds a development default published in the repository");
            }
        }
        Optional<String> redis = value.apply(REDIS_HOSTS);
        if (redis.isPresent() && value.apply(REDIS_PASSWORD).filter(p -> !p.isBlank()).isEmpty()
                && !redis.get().lines().allMatch(PublishedSecrets::carriesPassword)) {
            problems.add(REDIS_HOSTS + " has no password and " + REDIS_PASSWORD
                    + " (REDIS_PASSWORD) is not set: Redis must require one in production");
        }
        return problems;
    }

    private static boolean carriesPassword(String hosts) {
        for (String host : hosts.split(",")) {
            String userInfo = URI.create(host.strip()).getRawUserInfo();
            if (userInfo == null || !userInfo.contains(":") || userInfo.endsWith(":")) {
                return false;
            }
        }
        return true;
    }
}
