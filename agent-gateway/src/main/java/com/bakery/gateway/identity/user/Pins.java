package com.bakery.gateway.identity.user;

import com.bakery.common.problem.ProblemException;

/**
 * What a till PIN may be: 4 to 6 digits, not one digit repeated and not a run (1234, 9876), the first guesses of
 * anyone at the counter. Five wrong PINs lock it ({@link UserRepository#chargePinAttempt}).
 */
public final class Pins {

    public static final int ATTEMPTS = 5;

    private Pins() {
    }

    public static void check(String field, String pin) {
        if (pin == null || !pin.matches("[0-9]{4,6}")) {
            throw ProblemException.invalid(field, "must be 4 to 6 digits");
        }
        if (pin.chars().distinct().count() == 1 || run(pin, 1) || run(pin, -1)) {
            throw ProblemException.invalid(field, "is too easy to guess (one digit repeated, or a run like 1234)");
        }
    }

    private static boolean run(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
