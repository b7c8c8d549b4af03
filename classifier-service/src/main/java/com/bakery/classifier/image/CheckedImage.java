package com.bakery.classifier.image;

import com.bakery.common.security.Sha256;
import java.awt.image.BufferedImage;

/** An upload that decoded completely as the format its bytes say it is. */
public record CheckedImage(byte[] bytes, ImageFormat format, BufferedImage pixels) {

    public String sha256() {
        return Sha256.hex(bytes);
    }

    public int width() {
        return pixels.getWidth();
    }

    public int height() {
        return pixels.getHeight();
    }
}
