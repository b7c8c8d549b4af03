package com.bakery.classifier.model;

import java.util.Arrays;

/**
 * Turns a cut-out fruit into a fixed-length vector of style-robust cues. Colour is described by hue rather than RGB,
 * ignoring near-black (outlines, shadows) and near-white (highlights) pixels, so flat, shaded and outlined artwork
 * give similar histograms; shape is described by rotation- and scale-free measures of the silhouette.
 */
final class FruitFeatures {

    private static final int HUES = 24;
    private static final int REGION_HUES = 12;
    private static final int HARMONICS = 6;
    private static final int ANGLES = 32;
    private static final int N = FruitImage.SIZE;

    static final int LENGTH = 4 * HUES + 3 + 3 * REGION_HUES + 5 + HARMONICS + 10;

    private FruitFeatures() {}

    static float[] of(FruitImage fruit) {
        float[] out = new float[LENGTH];
        Hsv hsv = new Hsv(fruit);
        int at = colour(fruit, hsv, out, 0);
        at = regions(fruit, hsv, out, at);
        at = shape(fruit, out, at);
        at = texture(fruit, out, at);
        return out;
    }

    /** Hue histogram split into pale/saturated and dark/bright, plus how much is black, white or grey. */
    private static int colour(FruitImage fruit, Hsv hsv, float[] out, int at) {
        double total = 0, black = 0, white = 0, grey = 0;
        for (int i = 0; i < N * N; i++) {
            double c = fruit.coverage[i];
            if (c <= 0) {
                continue;
            }
            total += c;
            double s = hsv.s[i], v = hsv.v[i];
            double chroma = ramp(s, 0.12, 0.25) * ramp(v, 0.18, 0.3);
            black += c * (1 - ramp(v, 0.18, 0.3));
            white += c * ramp(v, 0.18, 0.3) * (1 - ramp(s, 0.12, 0.25)) * ramp(v, 0.7, 0.85);
            grey += c * ramp(v, 0.18, 0.3) * (1 - ramp(s, 0.12, 0.25)) * (1 - ramp(v, 0.7, 0.85));
            if (chroma > 0) {
                double saturated = ramp(s, 0.3, 0.6), bright = ramp(v, 0.4, 0.7);
                double w = c * chroma;
                addHue(out, at, HUES, hsv.h[i], w * (1 - saturated) * (1 - bright));
                addHue(out, at + HUES, HUES, hsv.h[i], w * (1 - saturated) * bright);
                addHue(out, at + 2 * HUES, HUES, hsv.h[i], w * saturated * (1 - bright));
                addHue(out, at + 3 * HUES, HUES, hsv.h[i], w * saturated * bright);
            }
        }
        scale(out, at, 4 * HUES, total);
        at += 4 * HUES;
        // nothing covered (a picture of one colour is all background once it is cut out): no shares at all
        double covered = Math.max(total, 1e-6);
        out[at++] = (float) (black / covered);
        out[at++] = (float) (white / covered);
        out[at++] = (float) (grey / covered);
        return at;
    }

    /** Hue of the centre, the rim and the top: flesh versus skin (kiwi, watermelon), leaves and stems on top. */
    private static int regions(FruitImage fruit, Hsv hsv, float[] out, int at) {
        Moments m = new Moments(fruit);
        double centre = 0, top = 0, rim = 0;
        double topEdge = m.top + 0.3 * (m.bottom - m.top);
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int i = y * N + x;
                double c = fruit.coverage[i];
                if (c <= 0) {
                    continue;
                }
                double w = c * hsv.s[i] * ramp(hsv.v[i], 0.18, 0.3);
                double r = Math.hypot(x + 0.5 - m.cx, y + 0.5 - m.cy) / m.radius;
                if (r < 0.5) {
                    centre += c;
                    addHue(out, at, REGION_HUES, hsv.h[i], w);
                }
                if (r > 0.85) {
                    rim += c;
                    addHue(out, at + 2 * REGION_HUES, REGION_HUES, hsv.h[i], w);
                }
                if (y + 0.5 < topEdge) {
                    top += c;
                    addHue(out, at + REGION_HUES, REGION_HUES, hsv.h[i], w);
                }
            }
        }
        scale(out, at, REGION_HUES, centre);
        scale(out, at + REGION_HUES, REGION_HUES, top);
        scale(out, at + 2 * REGION_HUES, REGION_HUES, rim);
        return at + 3 * REGION_HUES;
    }

    /** Fill of the bounding box, aspect, elongation, compactness, and the radial profile's harmonics. */
    private static int shape(FruitImage fruit, float[] out, int at) {
        Moments m = new Moments(fruit);
        out[at++] = (float) (m.area / (N * N * Math.min(fruit.aspect, 1 / fruit.aspect)));
        out[at++] = (float) Math.abs(Math.log(fruit.aspect));
        out[at++] = (float) Math.log(m.elongation());
        out[at++] = (float) (perimeter(fruit) / Math.sqrt(4 * Math.PI * m.area));
        out[at++] = (float) (m.radius / Math.sqrt(m.area / Math.PI));
        double[] profile = new double[ANGLES];
        double mean = 0;
        for (int k = 0; k < ANGLES; k++) {
            double angle = 2 * Math.PI * k / ANGLES, dx = Math.cos(angle), dy = Math.sin(angle);
            double reach = 0;
            for (double r = 0; r < N; r += 0.5) {
                int x = (int) (m.cx + r * dx), y = (int) (m.cy + r * dy);
                if (x < 0 || y < 0 || x >= N || y >= N) {
                    break;
                }
                if (fruit.coverage[y * N + x] > 0.5f) {
                    reach = r;
                }
            }
            profile[k] = reach;
            mean += reach / ANGLES;
        }
        for (int h = 1; h <= HARMONICS; h++) {
            double re = 0, im = 0;
            for (int k = 0; k < ANGLES; k++) {
                re += profile[k] * Math.cos(2 * Math.PI * h * k / ANGLES);
                im += profile[k] * Math.sin(2 * Math.PI * h * k / ANGLES);
            }
            out[at++] = (float) (Math.hypot(re, im) / ANGLES / Math.max(mean, 1e-6));
        }
        return at;
    }

    /** Edge strength inside the fruit and its orientation spread: seeds, scales, nets and segment lines. */
    private static int texture(FruitImage fruit, float[] out, int at) {
        double[] orientation = new double[8];
        double inside = 0, strength = 0, strong = 0;
        for (int y = 1; y < N - 1; y++) {
            for (int x = 1; x < N - 1; x++) {
                int i = y * N + x;
                if (fruit.coverage[i - 1] < 0.9f || fruit.coverage[i + 1] < 0.9f
                        || fruit.coverage[i - N] < 0.9f || fruit.coverage[i + N] < 0.9f) {
                    continue;
                }
                double gx = luma(fruit, i + 1) - luma(fruit, i - 1), gy = luma(fruit, i + N) - luma(fruit, i - N);
                double magnitude = Math.hypot(gx, gy);
                inside++;
                strength += magnitude;
                strong += magnitude > 0.15 ? 1 : 0;
                double angle = (Math.atan2(gy, gx) + Math.PI) % Math.PI;
                orientation[(int) (angle / Math.PI * 8) % 8] += magnitude;
            }
        }
        inside = Math.max(inside, 1);
        out[at++] = (float) (strength / inside);
        out[at++] = (float) (strong / inside);
        double sum = 0, max = 0;
        for (double o : orientation) {
            sum += o;
            max = Math.max(max, o);
        }
        Arrays.sort(orientation);
        for (int k = 0; k < 8; k++) {
            out[at++] = (float) (orientation[7 - k] / Math.max(sum, 1e-6));
        }
        return at;
    }

    private static double luma(FruitImage fruit, int i) {
        return 0.299 * fruit.red[i] + 0.587 * fruit.green[i] + 0.114 * fruit.blue[i];
    }

    private static double perimeter(FruitImage fruit) {
        double edges = 0;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                boolean in = fruit.coverage[y * N + x] > 0.5f;
                boolean right = x + 1 < N && fruit.coverage[y * N + x + 1] > 0.5f;
                boolean below = y + 1 < N && fruit.coverage[(y + 1) * N + x] > 0.5f;
                edges += (in != right ? 1 : 0) + (in != below ? 1 : 0);
            }
        }
        return edges * Math.PI / 4; // pixel edges overestimate a smooth outline's length by 4/π on average
    }

    /** Soft-assigns a hue (0..1, circular) to its two nearest bins. */
    private static void addHue(float[] out, int at, int bins, double hue, double weight) {
        double pos = hue * bins - 0.5;
        int lower = (int) Math.floor(pos);
        double frac = pos - lower;
        out[at + Math.floorMod(lower, bins)] += (float) (weight * (1 - frac));
        out[at + Math.floorMod(lower + 1, bins)] += (float) (weight * frac);
    }

    private static void scale(float[] out, int at, int length, double total) {
        if (total <= 0) {
            return;
        }
        for (int k = 0; k < length; k++) {
            out[at + k] /= (float) total;
        }
    }

    /** 0 below low, 1 above high, linear between: soft thresholds keep features stable under small colour shifts. */
    private static double ramp(double value, double low, double high) {
        return value <= low ? 0 : value >= high ? 1 : (value - low) / (high - low);
    }

    private static final class Hsv {
        final float[] h = new float[N * N];
        final float[] s = new float[N * N];
        final float[] v = new float[N * N];

        Hsv(FruitImage fruit) {
            for (int i = 0; i < N * N; i++) {
                float r = fruit.red[i], g = fruit.green[i], b = fruit.blue[i];
                float max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b)), d = max - min;
                v[i] = max;
                s[i] = max > 0 ? d / max : 0;
                if (d > 0) {
                    float hue = max == r ? (g - b) / d : max == g ? 2 + (b - r) / d : 4 + (r - g) / d;
                    h[i] = ((hue / 6) % 1 + 1) % 1;
                }
            }
        }
    }

    /** Area, centroid, extent and second moments of the silhouette. */
    private static final class Moments {
        double area;
        double cx;
        double cy;
        double xx;
        double yy;
        double xy;
        double radius;
        double top = N;
        double bottom;

        Moments(FruitImage fruit) {
            for (int y = 0; y < N; y++) {
                for (int x = 0; x < N; x++) {
                    double c = fruit.coverage[y * N + x];
                    area += c;
                    cx += c * (x + 0.5);
                    cy += c * (y + 0.5);
                    if (c > 0.5) {
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y + 1);
                    }
                }
            }
            area = Math.max(area, 1e-6);
            cx /= area;
            cy /= area;
            for (int y = 0; y < N; y++) {
                for (int x = 0; x < N; x++) {
                    double c = fruit.coverage[y * N + x], dx = x + 0.5 - cx, dy = y + 0.5 - cy;
                    xx += c * dx * dx / area;
                    yy += c * dy * dy / area;
                    xy += c * dx * dy / area;
                }
            }
            radius = Math.max(Math.sqrt(2 * (xx + yy)), 1e-6);
        }

        /** Ratio of the principal axes' variances, 1 for a disc, large for a banana. */
        double elongation() {
            double mean = (xx + yy) / 2, spread = Math.sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
            // at least 1 (a disc), also for a picture with no silhouette at all: its log is a feature
            return Math.max(1, (mean + spread) / Math.max(mean - spread, 1e-6));
        }
    }
}
