package com.bakery.classifier.model;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Leave-one-style-out evaluation of FruitModel on the emoji artwork: for each style, train on all the others and
 * classify the held-out one; then training time, inference latency and model size. Run with the main and test
 * classes (or main sources' resources) on the class path; needs nothing else.
 */
public final class ModelBenchmark {

    private static final long SEED = 42;

    public static void main(String[] args) {
        evaluate("google+twitter → openmoji", FruitSamples.styles(List.of("google", "twitter")), "openmoji");
        int top1Sum = 0, top3Sum = 0, totalSum = 0;
        for (String heldOut : FruitSamples.STYLES) {
            int[] counts = evaluate("held out " + heldOut, FruitSamples.allStylesBut(heldOut), heldOut);
            top1Sum += counts[0];
            top3Sum += counts[1];
            totalSum += counts[2];
        }
        System.out.printf("%-26s top-1 %3d/%d (%.0f%%)  top-3 %3d/%d (%.0f%%)%n", "all held out", top1Sum, totalSum,
                100.0 * top1Sum / totalSum, top3Sum, totalSum, 100.0 * top3Sum / totalSum);
        latencyAndSize();
    }

    /** Trains on the given pictures, classifies the held-out style's; returns top-1 hits, top-3 hits and count. */
    private static int[] evaluate(String name, List<LabelledImage> training, String heldOut) {
        long start = System.nanoTime();
        FruitModel model = FruitModel.train(training, SEED, fraction -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        List<LabelledImage> test = FruitSamples.style(heldOut);
        int top1 = 0, top3 = 0;
        List<String> mistakes = new ArrayList<>();
        for (LabelledImage image : test) {
            List<Score> ranked = model.predict(image.image()).ranked();
            top1 += ranked.get(0).label().equals(image.label()) ? 1 : 0;
            top3 += ranked.subList(0, 3).stream().anyMatch(s -> s.label().equals(image.label())) ? 1 : 0;
            if (!ranked.get(0).label().equals(image.label())) {
                mistakes.add(image.label() + "→" + ranked.get(0).label());
            }
        }
        System.out.printf("%-26s top-1 %2d/%d  top-3 %2d/%d  trained in %.1f s  wrong: %s%n",
                name, top1, test.size(), top3, test.size(), seconds, String.join(", ", mistakes));
        return new int[] {top1, top3, test.size()};
    }

    private static void latencyAndSize() {
        FruitModel model = FruitModel.train(FruitSamples.allStylesBut("openmoji"), SEED, fraction -> {});
        List<BufferedImage> images =
                FruitSamples.styles(FruitSamples.STYLES).stream().map(LabelledImage::image).toList();
        for (int i = 0; i < 500; i++) {
            model.predict(images.get(i % images.size()));
        }
        long[] nanos = new long[2000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            model.predict(images.get(i % images.size()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("inference over %d predictions: p50 %.2f ms  p99 %.2f ms%n", nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
        System.out.printf("model size %d bytes (%s)%n", model.toBytes().length, model.method());
    }
}
