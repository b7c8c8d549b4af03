package com.bakery.classifier.image;

import com.bakery.common.security.Sha256;
import java.awt.image.BufferedImage;

/**
 * An upload that decoded completely as the format its bytes say it is: its size as announced, and its pixels,
 * subsampled when the picture is larger than decoding reads (see {@code ClassifierConfig.Decoding}).
 */
public record CheckedImage(byte[] bytes, ImageFormat format, int width, int height, BufferedImage pixels) {

    public String sha256() {
        return Sha256.hex(bytes);
    }
}
