package com.bakery.classifier;

import com.bakery.classifier.demo.BundledFruit;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images for tests: the bundled fruit, the same as JPEG photos, and hostile files. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(String style, String name) {
        return BundledFruit.png(style, name);
    }

    /** The fruit drawn on white and saved as a JPEG, as a camera would give it (no alpha). */
    public static byte[] jpeg(String style, String name) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(png(style, name)));
            BufferedImage photo = new BufferedImage(source.getWidth() * 2, source.getHeight() * 2,
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = photo.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
            g.drawImage(source, 0, 0, photo.getWidth(), photo.getHeight(), null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(photo, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] webp() {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/banana-openmoji.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first part of a PNG: a valid header and a cut-off picture. */
    public static byte[] truncatedPng() {
        byte[] whole = jpegAsPng();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A PNG of a few hundred bytes announcing 100,000 × 100,000 pixels. */
    public static byte[] decompressionBomb() {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A PNG of one colour, {@code width × height} pixels in a few hundred KB at most (its rows compress ~1000:1):
     * what a phone never sends but an attacker does. Colour types: 2 RGB, 3 palette (a PLTE of one entry),
     * 6 RGBA; bit depth 8 or 16.
     */
    public static byte[] blankPng(int width, int height, int colorType, int bitDepth) {
        int channels = switch (colorType) {
            case 2 -> 3;
            case 3 -> 1;
            case 6 -> 4;
            default -> throw new IllegalArgumentException("colour type " + colorType);
        };
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
                .put((byte) colorType).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        chunk(out, "IHDR", ihdr.array());
        if (colorType == 3) {
            chunk(out, "PLTE", new byte[] { (byte) 200, (byte) 180, 40 });
        }
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * channels * bitDepth / 8]; // filter 0, then zeros
        try (java.util.zip.DeflaterOutputStream deflate = new java.util.zip.DeflaterOutputStream(idat,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION), 1 << 16)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    public static byte[] gif() {
        return "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Bytes that start like a PNG and go on far beyond the test upload limit (256 KB). */
    public static byte[] oversize() {
        byte[] big = new byte[300 * 1024];
        System.arraycopy(png("google", "banana"), 0, big, 0, 8);
        return big;
    }

    private static byte[] jpegAsPng() {
        try {
            BufferedImage photo = ImageIO.read(new ByteArrayInputStream(jpeg("google", "watermelon")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(photo, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
