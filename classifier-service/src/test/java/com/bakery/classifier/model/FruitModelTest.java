package com.bakery.classifier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FruitModelTest {

    /** Measured: 15 of 17 OpenMoji fruits in the top 3 for a model that never saw OpenMoji. */
    private static final int HELD_OUT_TOP3_FLOOR = 13;

    private static FruitModel model;

    @BeforeAll
    static void trainOnGoogleAndTwitter() {
        model = FruitModel.train(FruitSamples.styles(List.of("google", "twitter")), 7, fraction -> {});
    }

    @Test
    void storedModelPredictsIdentically() {
        FruitModel restored = FruitModel.fromBytes(model.toBytes());
        assertEquals(model.labels(), restored.labels());
        for (LabelledImage image : FruitSamples.style("openmoji")) {
            assertEquals(model.predict(image.image()), restored.predict(image.image()));
        }
        assertArrayEquals(model.toBytes(), restored.toBytes());
    }

    @Test
    void predictionRanksEveryLabelWithProbabilitiesSummingToOne() {
        Prediction prediction = model.predict(FruitSamples.style("openmoji").get(0).image());
        assertEquals(17, prediction.ranked().size());
        assertEquals(1.0, prediction.ranked().stream().mapToDouble(Score::probability).sum(), 1e-9);
        for (int i = 1; i < prediction.ranked().size(); i++) {
            assertTrue(prediction.ranked().get(i - 1).probability() >= prediction.ranked().get(i).probability());
        }
        assertEquals(prediction.ranked().get(0), prediction.top());
    }

    /** A picture with nothing on it (one colour, transparent, a thin line) still has a prediction to give. */
    @Test
    void aPictureWithNoFruitOnItIsPredictedWithFiniteProbabilities() {
        for (BufferedImage plain : List.of(plain(Color.WHITE, BufferedImage.TYPE_INT_RGB),
                plain(Color.BLACK, BufferedImage.TYPE_INT_RGB), plain(new Color(200, 30, 30), BufferedImage.TYPE_INT_RGB),
                plain(new Color(0, 0, 0, 0), BufferedImage.TYPE_INT_ARGB), line(), new BufferedImage(1, 1,
                        BufferedImage.TYPE_INT_RGB))) {
            Prediction prediction = model.predict(plain);
            assertEquals(1.0, prediction.ranked().stream().mapToDouble(Score::probability).sum(), 1e-6);
            assertTrue(prediction.ranked().stream().allMatch(s -> Double.isFinite(s.probability())),
                    prediction.toString());
        }
    }

    private static BufferedImage plain(Color colour, int type) {
        BufferedImage image = new BufferedImage(64, 48, type);
        Graphics2D g = image.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.setColor(colour);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        return image;
    }

    private static BufferedImage line() {
        BufferedImage image = plain(Color.WHITE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.drawLine(0, 24, 63, 24);
        g.dispose();
        return image;
    }

    @Test
    void trainingIsDeterministicForASeed() {
        List<LabelledImage> few = FruitSamples.style("twitter").subList(0, 3);
        assertArrayEquals(FruitModel.train(few, 1, f -> {}).toBytes(), FruitModel.train(few, 1, f -> {}).toBytes());
    }

    @Test
    void refusesToTrainOnOneLabel() {
        LabelledImage banana = FruitSamples.style("google").get(0);
        assertThrows(IllegalArgumentException.class, () -> FruitModel.train(List.of(banana, banana), 1, f -> {}));
    }

    @Test
    void refusesBytesThatAreNotAModel() {
        byte[] garbage = new byte[300];
        new Random(1).nextBytes(garbage);
        byte[] stored = model.toBytes();
        assertThrows(IllegalArgumentException.class, () -> FruitModel.fromBytes(garbage));
        assertThrows(IllegalArgumentException.class, () -> FruitModel.fromBytes(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> FruitModel.fromBytes(Arrays.copyOf(stored, 100)));
        byte[] trailing = Arrays.copyOf(stored, stored.length + 1);
        assertThrows(IllegalArgumentException.class, () -> FruitModel.fromBytes(trailing));
    }

    @Test
    void recognisesItsTrainingPictures() {
        for (String style : List.of("google", "twitter")) {
            assertTrue(top1(FruitSamples.style(style)) >= 16, style);
        }
    }

    @Test
    void recognisesAStyleItNeverSaw() {
        List<LabelledImage> openmoji = FruitSamples.style("openmoji");
        long top3 = openmoji.stream().filter(image -> model.predict(image.image()).ranked().subList(0, 3).stream()
                .anyMatch(score -> score.label().equals(image.label()))).count();
        assertTrue(top3 >= HELD_OUT_TOP3_FLOOR, top3 + " of 17 in the top 3");
    }

    @Test
    void opaquePictureOnWhiteIsClassifiedLikeTheTransparentOne() {
        int same = 0;
        for (LabelledImage image : FruitSamples.styles(List.of("google", "twitter", "openmoji"))) {
            same += model.predict(onWhite(image.image())).top().label()
                    .equals(model.predict(image.image()).top().label()) ? 1 : 0;
        }
        assertTrue(same >= 45, same + " of 51 the same");
    }

    private static long top1(List<LabelledImage> images) {
        return images.stream()
                .filter(image -> model.predict(image.image()).top().label().equals(image.label()))
                .count();
    }

    /** An RGB picture, as from a JPEG photo: the fruit drawn onto white, no alpha channel. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
