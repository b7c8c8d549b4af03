package com.bakery.classifier.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The fruit images shipped with the service ({@code /fruit/<style>/<name>.png}, emoji artwork; see NOTICE.md). */
public final class BundledFruit {

    /** File names; the label is the name with spaces for hyphens, as in the emoji names. */
    public static final List<String> NAMES = List.of("banana", "blueberries", "cherries", "coconut", "grapes",
            "green-apple", "kiwi-fruit", "lemon", "mango", "melon", "peach", "pear", "pineapple", "red-apple",
            "strawberry", "tangerine", "watermelon");

    public static final List<String> LABELS = NAMES.stream().map(BundledFruit::label).toList();

    private BundledFruit() {
    }

    public static String label(String name) {
        return name.replace('-', ' ');
    }

    /** Not every style draws every fruit. */
    public static boolean exists(String style, String name) {
        return BundledFruit.class.getResource("/fruit/" + style + "/" + name + ".png") != null;
    }

    public static byte[] png(String style, String name) {
        try (InputStream in = BundledFruit.class.getResourceAsStream("/fruit/" + style + "/" + name + ".png")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled image " + style + "/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
