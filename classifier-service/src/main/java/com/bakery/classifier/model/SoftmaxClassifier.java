package com.bakery.classifier.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleConsumer;

/**
 * Multinomial logistic regression on standardised features, trained by mini-batch Adam with L2 weight decay. A linear
 * model suits tens of examples per class: it cannot memorise a style's quirks the way a deep model would.
 */
final class SoftmaxClassifier {

    private static final int EPOCHS = 40;
    private static final int BATCH = 32;
    private static final double LEARNING_RATE = 0.01;
    private static final double L2 = 3e-3;

    private final int classes;
    private final int features;
    private final float[] mean;
    private final float[] scale;
    /** Row per class: one weight per feature, then the bias; stored as floats, so held as their exact values. */
    private final double[] weights;

    private SoftmaxClassifier(int classes, int features, float[] mean, float[] scale, float[] weights) {
        this.classes = classes;
        this.features = features;
        this.mean = mean;
        this.scale = scale;
        this.weights = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            this.weights[k] = weights[k];
        }
    }

    static SoftmaxClassifier train(float[][] x, int[] y, int classes, Random random, DoubleConsumer progress) {
        int n = x.length, f = x[0].length, stride = f + 1;
        float[] mean = new float[f], scale = new float[f];
        standardisation(x, mean, scale);
        float[][] z = new float[n][];
        for (int i = 0; i < n; i++) {
            z[i] = standardised(x[i], mean, scale);
        }
        double[] w = new double[classes * stride], m1 = new double[w.length], m2 = new double[w.length];
        double[] gradient = new double[w.length], p = new double[classes];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            for (int start = 0; start < n; start += BATCH) {
                int end = Math.min(n, start + BATCH);
                Arrays.fill(gradient, 0);
                for (int b = start; b < end; b++) {
                    float[] row = z[order[b]];
                    probabilities(w, row, classes, p);
                    p[y[order[b]]] -= 1;
                    for (int c = 0; c < classes; c++) {
                        double d = p[c] / (end - start);
                        int base = c * stride;
                        for (int j = 0; j < f; j++) {
                            gradient[base + j] += d * row[j];
                        }
                        gradient[base + f] += d;
                    }
                }
                step++;
                double lr = LEARNING_RATE * 0.5 * (1 + Math.cos(Math.PI * epoch / EPOCHS));
                for (int k = 0; k < w.length; k++) {
                    double g = gradient[k] + (k % stride == f ? 0 : L2 * w[k]);
                    m1[k] = 0.9 * m1[k] + 0.1 * g;
                    m2[k] = 0.999 * m2[k] + 0.001 * g * g;
                    double corrected1 = m1[k] / (1 - Math.pow(0.9, step));
                    double corrected2 = m2[k] / (1 - Math.pow(0.999, step));
                    w[k] -= lr * corrected1 / (Math.sqrt(corrected2) + 1e-8);
                }
            }
            progress.accept((epoch + 1.0) / EPOCHS);
        }
        float[] weights = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            weights[k] = (float) w[k];
        }
        return new SoftmaxClassifier(classes, f, mean, scale, weights);
    }

    double[] predict(float[] x) {
        double[] p = new double[classes];
        probabilities(weights, standardised(x, mean, scale), classes, p);
        return p;
    }

    int features() {
        return features;
    }

    int classes() {
        return classes;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(features);
        for (float v : mean) out.writeFloat(v);
        for (float v : scale) out.writeFloat(v);
        for (double v : weights) out.writeFloat((float) v);
    }

    static SoftmaxClassifier read(DataInputStream in) throws IOException {
        int classes = in.readInt(), features = in.readInt();
        if (classes < 2 || classes > 10_000 || features < 1 || features > 100_000) {
            throw new IOException("implausible shape " + classes + "x" + features);
        }
        float[] mean = readFloats(in, features), scale = readFloats(in, features);
        float[] weights = readFloats(in, classes * (features + 1));
        return new SoftmaxClassifier(classes, features, mean, scale, weights);
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readFloat();
            if (!Float.isFinite(values[i])) {
                throw new IOException("not a number in the weights");
            }
        }
        return values;
    }

    private static void probabilities(double[] w, float[] row, int classes, double[] p) {
        int f = row.length, stride = f + 1;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            int base = c * stride;
            double logit = w[base + f];
            for (int j = 0; j < f; j++) {
                logit += w[base + j] * row[j];
            }
            p[c] = logit;
            max = Math.max(max, logit);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < classes; c++) {
            p[c] /= sum;
        }
    }

    private static void standardisation(float[][] x, float[] mean, float[] scale) {
        int n = x.length;
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < scale.length; j++) {
            scale[j] = 1 / (float) Math.sqrt(scale[j] + 1e-6);
        }
    }

    private static float[] standardised(float[] x, float[] mean, float[] scale) {
        float[] z = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) * scale[j];
        }
        return z;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
