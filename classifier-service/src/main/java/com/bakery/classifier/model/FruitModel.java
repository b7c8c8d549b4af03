package com.bakery.classifier.model;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Recognises fruit in pictures from a handful of examples per fruit: hand-made colour and shape features of the
 * cut-out fruit, a softmax regression over them, and training pictures multiplied by redrawing them in other styles.
 */
public final class FruitModel {

    private static final int MAGIC = 0x46525554; // "FRUT"
    private static final int VERSION = 1;
    /** Augmented pictures per training run, whatever the number of originals: bounds training time. */
    private static final int TRAINING_SAMPLES = 4000;

    private final List<String> labels;
    private final SoftmaxClassifier classifier;

    private FruitModel(List<String> labels, SoftmaxClassifier classifier) {
        this.labels = List.copyOf(labels);
        this.classifier = classifier;
    }

    /**
     * Trains from labelled images (tens per class at most, may be as few as 1-3 per class before augmentation);
     * deterministic for a given seed. Throws IllegalArgumentException if fewer than 2 labels.
     */
    public static FruitModel train(List<LabelledImage> images, long seed, TrainingProgress progress) {
        List<String> labels = new ArrayList<>(new TreeSet<>(images.stream().map(LabelledImage::label).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 labels, got " + labels);
        }
        Random random = new Random(seed);
        int copies = Math.max(1, TRAINING_SAMPLES / images.size());
        float[][] x = new float[images.size() * (copies + 1)][];
        int[] y = new int[x.length];
        int n = 0;
        for (LabelledImage example : images) {
            int label = labels.indexOf(example.label());
            x[n] = FruitFeatures.of(FruitImage.of(example.image()));
            y[n++] = label;
            for (int k = 0; k < copies; k++) {
                x[n] = FruitFeatures.of(FruitImage.of(StyleAugmenter.augment(example.image(), random)));
                y[n++] = label;
            }
            progress.at(0.6 * n / x.length);
        }
        SoftmaxClassifier classifier =
                SoftmaxClassifier.train(x, y, labels.size(), random, done -> progress.at(0.6 + 0.4 * done));
        return fromBytes(new FruitModel(labels, classifier).toBytes()); // so a stored model predicts identically
    }

    /** All labels, probabilities summing to 1, best first. */
    public Prediction predict(BufferedImage image) {
        double[] p = classifier.predict(FruitFeatures.of(FruitImage.of(image)));
        List<Score> ranked = new ArrayList<>(labels.size());
        for (int c = 0; c < p.length; c++) {
            ranked.add(new Score(labels.get(c), p[c]));
        }
        ranked.sort(Comparator.comparingDouble(Score::probability).reversed());
        return new Prediction(ranked);
    }

    public List<String> labels() {
        return labels;
    }

    public String method() {
        return "hue histograms and silhouette shape of the cut-out fruit, softmax regression, style augmentation";
    }

    /** Compact, versioned binary form. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(FruitFeatures.LENGTH);
            out.writeInt(labels.size());
            for (String label : labels) {
                out.writeUTF(label);
            }
            classifier.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads what toBytes wrote; IllegalArgumentException for anything else. */
    public static FruitModel fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a fruit model");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("unsupported fruit model version " + version);
            }
            if (in.readInt() != FruitFeatures.LENGTH) {
                throw new IllegalArgumentException("fruit model made for other features");
            }
            int count = in.readInt();
            if (count < 2 || count > 10_000) {
                throw new IllegalArgumentException("implausible label count " + count);
            }
            List<String> labels = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                labels.add(in.readUTF());
            }
            SoftmaxClassifier classifier = SoftmaxClassifier.read(in);
            if (classifier.classes() != count || classifier.features() != FruitFeatures.LENGTH || in.read() != -1) {
                throw new IllegalArgumentException("inconsistent fruit model");
            }
            return new FruitModel(labels, classifier);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable fruit model: " + e.getMessage(), e);
        }
    }
}
