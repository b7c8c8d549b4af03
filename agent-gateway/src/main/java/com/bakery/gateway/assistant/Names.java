package com.bakery.gateway.assistant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds a catalogue name in a question, forgiving case, punctuation and plurals ("loaves" finds "loaf"). */
final class Names {

    private Names() {
    }

    /** Lower case, letters and digits only, single spaces, each word singular. */
    static String normal(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]+", " ").replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ")
                .trim().replaceAll("\\s+", " ");
        return Arrays.stream(plain.split(" ")).map(Names::singular).collect(Collectors.joining(" "));
    }

    private static String singular(String word) {
        if (word.length() <= 3 || word.chars().anyMatch(Character::isDigit)) {
            return word;
        }
        if (word.endsWith("ves")) {
            return word.substring(0, word.length() - 3) + "f";
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("oes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** A match: the named thing and where its name sits in the normalised question. */
    record Match(Catalogue.Named named, int start, int end) {
    }

    /** The longest catalogue name found in the (normalised) question, as whole words. */
    static Optional<Match> find(String normalQuestion, java.util.List<Catalogue.Named> names) {
        String padded = " " + normalQuestion + " ";
        Match best = null;
        for (Catalogue.Named named : names) {
            String name = normal(named.name());
            if (name.isEmpty()) {
                continue;
            }
            int at = padded.indexOf(" " + name + " ");
            if (at >= 0 && (best == null || name.length() > best.end() - best.start())) {
                best = new Match(named, at, at + name.length());
            }
        }
        return Optional.ofNullable(best);
    }
}
