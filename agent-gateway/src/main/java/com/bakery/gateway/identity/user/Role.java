package com.bakery.gateway.identity.user;

import java.util.Arrays;
import java.util.Locale;

/** The roles a JWT's {@code groups} claim may carry. */
public enum Role {
    ADMIN, MANAGER, BAKER, CASHIER, AUDITOR;

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static boolean isKnown(String claim) {
        return Arrays.stream(values()).anyMatch(r -> r.claim().equals(claim));
    }
}
