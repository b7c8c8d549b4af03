package com.bakery.classifier.image;

import com.bakery.classifier.config.ClassifierConfig;
import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns uploaded bytes into pixels, or refuses them with a problem saying why: empty, too big, not a JPEG, PNG
 * or WebP, more pixels than allowed (read from the header, before decoding: a decompression bomb is a small file
 * announcing a huge picture), or not decodable to the end (truncated or corrupt).
 */
@ApplicationScoped
public class ImageCheck {

    private final long maxBytes;
    private final long maxPixels;

    public ImageCheck(ClassifierConfig config) {
        this.maxBytes = config.maxUploadSize().asLongValue();
        this.maxPixels = config.maxPixels();
        ImageIO.setUseCache(false);
        // WebP comes from a plugin jar: registered from this class loader, which sees it
        ImageIO.scanForPlugins();
    }

    public CheckedImage check(String field, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.invalid(field, "is empty");
        }
        if (bytes.length > maxBytes) {
            throw new ProblemException(413, "image_too_large", "Content Too Large",
                    field + " is " + bytes.length + " bytes; the limit is " + maxBytes + " bytes.");
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new ProblemException(415,
                "unsupported_image_format", "Unsupported Media Type",
                field + " is not a JPEG, PNG or WebP image."));
        return new CheckedImage(bytes, format, decode(field, bytes, format));
    }

    private BufferedImage decode(String field, byte[] bytes, ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.id());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width * height > maxPixels) {
                throw new ProblemException(422, "image_too_many_pixels", "Image refused",
                        field + " announces " + width + "×" + height + " pixels; the limit is " + maxPixels
                                + " pixels.");
            }
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw unreadable(field, warnings.get(0));
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw unreadable(field, e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    private static ProblemException unreadable(String field, String why) {
        return new ProblemException(422, "unreadable_image", "Image refused",
                field + " could not be decoded to the end (truncated or corrupt)" + (why == null ? "." : ": " + why));
    }
}
