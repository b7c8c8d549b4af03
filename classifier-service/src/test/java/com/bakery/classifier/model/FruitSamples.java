package com.bakery.classifier.model;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** The emoji artwork under src/main/resources/fruit, read from the classpath. */
final class FruitSamples {

    static final List<String> STYLES =
            List.of("google", "twitter", "openmoji", "fluent-flat", "fluent", "emojione", "noto-v1", "fxemoji");
    static final List<String> FILES = List.of("banana", "blueberries", "cherries", "coconut", "grapes", "green-apple",
            "kiwi-fruit", "lemon", "mango", "melon", "peach", "pear", "pineapple", "red-apple", "strawberry",
            "tangerine", "watermelon");

    private FruitSamples() {}

    /** Every picture of one style; older styles lack a few fruits. */
    static List<LabelledImage> style(String style) {
        List<LabelledImage> images = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = FruitSamples.class.getResourceAsStream("/fruit/" + style + "/" + file + ".png")) {
                if (in != null) {
                    BufferedImage image = ImageIO.read(in);
                    images.add(new LabelledImage(file.replace('-', ' '), image));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return images;
    }

    static List<LabelledImage> styles(List<String> styles) {
        List<LabelledImage> images = new ArrayList<>();
        styles.forEach(style -> images.addAll(style(style)));
        return images;
    }

    static List<LabelledImage> allStylesBut(String heldOut) {
        return styles(STYLES.stream().filter(style -> !style.equals(heldOut)).toList());
    }
}
