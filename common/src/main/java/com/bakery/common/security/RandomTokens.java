package com.bakery.common.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable one-time secrets (refresh tokens, device tokens, invitation codes), URL-safe Base64 without padding. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    public static String of(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
