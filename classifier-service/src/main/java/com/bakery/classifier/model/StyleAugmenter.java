package com.bakery.classifier.model;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Makes new training pictures from one: moved, turned, mirrored and resized, and redrawn in the ways emoji styles
 * differ from each other (thick dark outlines, flat colours, blur, slight colour shifts, a plain opaque background),
 * so a model trained on a few styles has already seen something like the next one.
 */
final class StyleAugmenter {

    private static final int SIZE = 64;

    private StyleAugmenter() {}

    static BufferedImage augment(BufferedImage source, Random random) {
        BufferedImage image = transformed(source, random);
        int[] argb = image.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
        if (random.nextDouble() < 0.5) {
            shiftColours(argb, random);
        }
        if (random.nextDouble() < 0.35) {
            posterise(argb, 3 + random.nextInt(3));
        }
        if (random.nextDouble() < 0.15) {
            darkenEdges(argb, 0.12 + 0.1 * random.nextDouble());
        }
        if (random.nextDouble() < 0.5) {
            outline(argb, 1 + random.nextInt(3), random.nextInt(60));
        }
        if (random.nextDouble() < 0.3) {
            blur(argb);
        }
        if (random.nextDouble() < 0.25) {
            flattenOnto(argb, lightBackground(random));
        }
        BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, SIZE, SIZE, argb, 0, SIZE);
        return out;
    }

    private static BufferedImage transformed(BufferedImage source, Random random) {
        BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double scale = (0.55 + 0.4 * random.nextDouble()) * SIZE / Math.max(source.getWidth(), source.getHeight());
        AffineTransform t = new AffineTransform();
        t.translate(SIZE / 2.0 + random.nextGaussian() * 2, SIZE / 2.0 + random.nextGaussian() * 2);
        t.rotate(Math.toRadians(random.nextGaussian() * 15));
        t.scale(random.nextBoolean() ? -scale : scale, scale);
        t.translate(-source.getWidth() / 2.0, -source.getHeight() / 2.0);
        g.drawImage(source, t, null);
        g.dispose();
        return out;
    }

    /** Small hue, saturation and brightness changes: artists pick slightly different reds and greens. */
    private static void shiftColours(int[] argb, Random random) {
        float hueShift = (float) (random.nextGaussian() * 0.015);
        float saturation = (float) (1 + random.nextGaussian() * 0.12);
        float brightness = (float) (1 + random.nextGaussian() * 0.08);
        float[] hsb = new float[3];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            Color.RGBtoHSB((p >> 16) & 255, (p >> 8) & 255, p & 255, hsb);
            int rgb = Color.HSBtoRGB(hsb[0] + hueShift, clamp(hsb[1] * saturation), clamp(hsb[2] * brightness));
            argb[i] = (p & 0xff000000) | (rgb & 0xffffff);
        }
    }

    /** Few colour levels per channel: gradients become flat areas, as in Twemoji or OpenMoji. */
    private static void posterise(int[] argb, int levels) {
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i], rgb = 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                int c = (p >> shift) & 255;
                int q = Math.round(Math.round(c / 255f * (levels - 1)) * 255f / (levels - 1));
                rgb |= q << shift;
            }
            argb[i] = (p & 0xff000000) | rgb;
        }
    }

    /** Dark lines where colour changes sharply inside the fruit, like OpenMoji's inner contour lines. */
    private static void darkenEdges(int[] argb, double threshold) {
        int[] copy = argb.clone();
        for (int y = 1; y < SIZE - 1; y++) {
            for (int x = 1; x < SIZE - 1; x++) {
                int i = y * SIZE + x;
                if ((copy[i] >>> 24) < 128) {
                    continue;
                }
                double d = Math.max(distance(copy[i], copy[i + 1]), distance(copy[i], copy[i + SIZE]));
                if (d > threshold) {
                    argb[i] = (copy[i] & 0xff000000) | 0x202020;
                }
            }
        }
    }

    /** A dark ring around the silhouette, as in OpenMoji. */
    private static void outline(int[] argb, int width, int grey) {
        int[] copy = argb.clone();
        int dark = 0xff000000 | (grey << 16) | (grey << 8) | grey;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int i = y * SIZE + x;
                boolean in = (copy[i] >>> 24) >= 128;
                boolean nearEdge = false;
                for (int dy = -width; dy <= width && !nearEdge; dy++) {
                    for (int dx = -width; dx <= width && !nearEdge; dx++) {
                        int nx = x + dx, ny = y + dy;
                        boolean other = nx >= 0 && ny >= 0 && nx < SIZE && ny < SIZE
                                && (copy[ny * SIZE + nx] >>> 24) >= 128;
                        nearEdge = other != in && dx * dx + dy * dy <= width * width;
                    }
                }
                if (nearEdge && (in || touchesSilhouette(copy, x, y, width))) {
                    argb[i] = dark;
                }
            }
        }
    }

    /** Outer pixels of the ring: only half the line width goes outside the silhouette. */
    private static boolean touchesSilhouette(int[] argb, int x, int y, int width) {
        int reach = Math.max(1, width / 2);
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                int nx = x + dx, ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < SIZE && ny < SIZE && (argb[ny * SIZE + nx] >>> 24) >= 128) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void blur(int[] argb) {
        int[] copy = argb.clone();
        for (int y = 1; y < SIZE - 1; y++) {
            for (int x = 1; x < SIZE - 1; x++) {
                int[] sum = new int[4];
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int p = copy[(y + dy) * SIZE + x + dx], a = p >>> 24;
                        sum[0] += a;
                        sum[1] += a * ((p >> 16) & 255);
                        sum[2] += a * ((p >> 8) & 255);
                        sum[3] += a * (p & 255);
                    }
                }
                int a = sum[0] / 9;
                argb[y * SIZE + x] = sum[0] == 0 ? 0
                        : (a << 24) | (sum[1] / sum[0] << 16) | (sum[2] / sum[0] << 8) | (sum[3] / sum[0]);
            }
        }
    }

    /** A photo-like opaque picture, which makes prediction fall back on estimating the background from the border. */
    private static void flattenOnto(int[] argb, int background) {
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i], a = p >>> 24, rgb = 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                int c = ((p >> shift) & 255) * a + ((background >> shift) & 255) * (255 - a);
                rgb |= (c / 255) << shift;
            }
            argb[i] = 0xff000000 | rgb;
        }
    }

    private static int lightBackground(Random random) {
        int base = 225 + random.nextInt(31);
        int r = base - random.nextInt(15), g = base - random.nextInt(15), b = base - random.nextInt(15);
        return (r << 16) | (g << 8) | b;
    }

    private static double distance(int p, int q) {
        double dr = ((p >> 16) & 255) - ((q >> 16) & 255);
        double dg = ((p >> 8) & 255) - ((q >> 8) & 255);
        double db = (p & 255) - (q & 255);
        return Math.sqrt(dr * dr + dg * dg + db * db) / 255;
    }

    private static float clamp(float value) {
        return Math.max(0, Math.min(1, value));
    }
}
