package com.bakery.classifier.model;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A picture reduced to what the features need: the fruit cut out from its background, cropped to its bounding box
 * and scaled into a SIZE×SIZE square, so that features do not depend on image size, margins or position. Colours are
 * straight (not premultiplied) RGB in 0..1; coverage says how much of each cell is fruit.
 */
final class FruitImage {

    static final int SIZE = 32;
    /** Larger pictures are box-averaged down to this first, which keeps a photo's cost at a few milliseconds. */
    private static final int WORKING_SIZE = 96;
    /** How far (RGB distance, 0..1 per channel) a pixel may be from the border colour and still be background. */
    private static final double BACKGROUND_TOLERANCE = 0.16;

    final float[] red = new float[SIZE * SIZE];
    final float[] green = new float[SIZE * SIZE];
    final float[] blue = new float[SIZE * SIZE];
    final float[] coverage = new float[SIZE * SIZE];
    /** Width over height of the fruit's bounding box, lost when scaling into the square. */
    final double aspect;

    private FruitImage(Raster raster) {
        int x0 = raster.width, y0 = raster.height, x1 = -1, y1 = -1;
        for (int y = 0; y < raster.height; y++) {
            for (int x = 0; x < raster.width; x++) {
                if (raster.alpha[y * raster.width + x] > 0.5f) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            x0 = 0;
            y0 = 0;
            x1 = raster.width - 1;
            y1 = raster.height - 1;
        }
        int boxWidth = x1 - x0 + 1, boxHeight = y1 - y0 + 1;
        aspect = (double) boxWidth / boxHeight;
        double scale = (double) SIZE / Math.max(boxWidth, boxHeight);
        double offsetX = (SIZE - boxWidth * scale) / 2, offsetY = (SIZE - boxHeight * scale) / 2;
        float[] sample = new float[4];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                float r = 0, g = 0, b = 0, a = 0;
                for (int sub = 0; sub < 4; sub++) {
                    double sx = x0 + (x + 0.25 + 0.5 * (sub & 1) - offsetX) / scale - 0.5;
                    double sy = y0 + (y + 0.25 + 0.5 * (sub >> 1) - offsetY) / scale - 0.5;
                    raster.bilinear(sx, sy, sample);
                    r += sample[0];
                    g += sample[1];
                    b += sample[2];
                    a += sample[3];
                }
                int i = y * SIZE + x;
                coverage[i] = a / 4;
                if (a > 0) {
                    red[i] = Math.min(1, r / a);
                    green[i] = Math.min(1, g / a);
                    blue[i] = Math.min(1, b / a);
                }
            }
        }
    }

    static FruitImage of(BufferedImage image) {
        Raster raster = Raster.downsampled(image);
        if (!raster.hasTransparency()) {
            raster.cutOutBackground();
        }
        return new FruitImage(raster);
    }

    /** Premultiplied RGBA pixels of a picture no larger than WORKING_SIZE. */
    private static final class Raster {
        final int width;
        final int height;
        final float[] red;
        final float[] green;
        final float[] blue;
        final float[] alpha;

        private Raster(int width, int height) {
            this.width = width;
            this.height = height;
            red = new float[width * height];
            green = new float[width * height];
            blue = new float[width * height];
            alpha = new float[width * height];
        }

        static Raster downsampled(BufferedImage image) {
            int w = image.getWidth(), h = image.getHeight();
            int factor = Math.max(1, (Math.max(w, h) + WORKING_SIZE - 1) / WORKING_SIZE);
            Raster raster = new Raster((w + factor - 1) / factor, (h + factor - 1) / factor);
            float[] weight = new float[raster.width * raster.height];
            int[] row = new int[w];
            int step = Math.max(1, factor / 4); // a 4×4 sample of each block averages well enough, and photos are big
            for (int y = 0; y < h; y += step) {
                image.getRGB(0, y, w, 1, row, 0, w);
                int base = (y / factor) * raster.width;
                for (int x = 0; x < w; x += step) {
                    int argb = row[x], i = base + x / factor;
                    float a = (argb >>> 24) / 255f;
                    raster.red[i] += a * ((argb >> 16) & 255) / 255f;
                    raster.green[i] += a * ((argb >> 8) & 255) / 255f;
                    raster.blue[i] += a * (argb & 255) / 255f;
                    raster.alpha[i] += a;
                    weight[i]++;
                }
            }
            for (int i = 0; i < weight.length; i++) {
                raster.red[i] /= weight[i];
                raster.green[i] /= weight[i];
                raster.blue[i] /= weight[i];
                raster.alpha[i] /= weight[i];
            }
            return raster;
        }

        boolean hasTransparency() {
            int transparent = 0;
            for (float a : alpha) {
                if (a < 0.5f) {
                    transparent++;
                }
            }
            return transparent > alpha.length / 50;
        }

        /**
         * For opaque pictures: the background is what is connected to the border and close to the border's median
         * colour. Flooding from the border, rather than thresholding everywhere, keeps white flesh inside a fruit.
         */
        void cutOutBackground() {
            float[] border = borderMedian();
            boolean[] background = new boolean[alpha.length];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (x == 0 || y == 0 || x == width - 1 || y == height - 1) {
                        visit(y * width + x, border, background, queue);
                    }
                }
            }
            while (!queue.isEmpty()) {
                int i = queue.poll(), x = i % width, y = i / width;
                if (x > 0) visit(i - 1, border, background, queue);
                if (x < width - 1) visit(i + 1, border, background, queue);
                if (y > 0) visit(i - width, border, background, queue);
                if (y < height - 1) visit(i + width, border, background, queue);
            }
            for (int i = 0; i < alpha.length; i++) {
                if (background[i]) {
                    red[i] = green[i] = blue[i] = alpha[i] = 0;
                }
            }
        }

        private void visit(int i, float[] border, boolean[] background, ArrayDeque<Integer> queue) {
            if (background[i]) {
                return;
            }
            double dr = red[i] - border[0], dg = green[i] - border[1], db = blue[i] - border[2];
            if (Math.sqrt(dr * dr + dg * dg + db * db) < BACKGROUND_TOLERANCE) {
                background[i] = true;
                queue.add(i);
            }
        }

        private float[] borderMedian() {
            int n = 2 * (width + height) - 4;
            float[][] channels = new float[3][Math.max(1, n)];
            int k = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (x == 0 || y == 0 || x == width - 1 || y == height - 1) {
                        int i = y * width + x;
                        channels[0][k] = red[i];
                        channels[1][k] = green[i];
                        channels[2][k] = blue[i];
                        k++;
                    }
                }
            }
            float[] median = new float[3];
            for (int c = 0; c < 3; c++) {
                float[] values = Arrays.copyOf(channels[c], k);
                Arrays.sort(values);
                median[c] = values[k / 2];
            }
            return median;
        }

        /** Bilinear sample of premultiplied RGBA; outside the picture is transparent. */
        void bilinear(double x, double y, float[] out) {
            int xi = (int) Math.floor(x), yi = (int) Math.floor(y);
            float fx = (float) (x - xi), fy = (float) (y - yi);
            Arrays.fill(out, 0);
            accumulate(xi, yi, (1 - fx) * (1 - fy), out);
            accumulate(xi + 1, yi, fx * (1 - fy), out);
            accumulate(xi, yi + 1, (1 - fx) * fy, out);
            accumulate(xi + 1, yi + 1, fx * fy, out);
        }

        private void accumulate(int x, int y, float weight, float[] out) {
            if (x < 0 || y < 0 || x >= width || y >= height || weight == 0) {
                return;
            }
            int i = y * width + x;
            out[0] += weight * red[i];
            out[1] += weight * green[i];
            out[2] += weight * blue[i];
            out[3] += weight * alpha[i];
        }
    }
}
