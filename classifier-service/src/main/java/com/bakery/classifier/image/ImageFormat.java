package com.bakery.classifier.image;

import java.util.Optional;

/** The formats accepted, recognised by their first bytes, never by a file name or a declared content type. */
public enum ImageFormat {
    // the JDK's JPEG and PNG readers decode row by row and keep only the sampled pixels; the WebP plugin's decoder
    // is not known to, so a WebP picture is budgeted at its full size
    JPEG("image/jpeg", true), PNG("image/png", true), WEBP("image/webp", false);

    private final String mediaType;
    private final boolean readsSubsampled;

    ImageFormat(String mediaType, boolean readsSubsampled) {
        this.mediaType = mediaType;
        this.readsSubsampled = readsSubsampled;
    }

    /** Whether decoding with source subsampling holds only the sampled pixels in memory. */
    public boolean readsSubsampled() {
        return readsSubsampled;
    }

    public String mediaType() {
        return mediaType;
    }

    public String id() {
        return name().toLowerCase();
    }

    public static Optional<ImageFormat> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }
}
