package com.bakery.classifier.image;

import com.bakery.classifier.config.ClassifierConfig;
import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns uploaded bytes into pixels, or refuses them with a problem saying why: empty, too big, not a JPEG, PNG
 * or WebP, more pixels than allowed (read from the header, before decoding: a decompression bomb is a small file
 * announcing a huge picture), more memory than one decode may take, or not decodable to the end (truncated or
 * corrupt). Memory is what kills a service, so it is bounded three ways: large pictures are read subsampled to
 * {@code decoding.max-side}, what would still exceed the budget (a sixteenth of the heap by default) is refused
 * before decoding, and only {@code decoding.concurrency} decodes run at once.
 */
@ApplicationScoped
public class ImageCheck {

    /** What a pixel may take when the reader does not say: 16-bit RGBA. */
    private static final int WORST_BYTES_PER_PIXEL = 8;

    private final long maxBytes;
    private final long maxPixels;
    private final int maxSide;
    private final long budget;
    private final Semaphore decodes;
    private final long waitMillis;

    public ImageCheck(ClassifierConfig config) {
        ClassifierConfig.Decoding decoding = config.decoding();
        this.maxBytes = config.maxUploadSize().asLongValue();
        this.maxPixels = config.maxPixels();
        this.maxSide = decoding.maxSide();
        this.budget = decoding.budget().map(b -> b.asLongValue())
                .orElseGet(() -> defaultBudget(Runtime.getRuntime().maxMemory()));
        this.decodes = new Semaphore(decoding.concurrency(), true);
        this.waitMillis = decoding.maxWait().toMillis();
        ImageIO.setUseCache(false);
        // WebP comes from a plugin jar: registered from this class loader, which sees it
        ImageIO.scanForPlugins();
    }

    /** A sixteenth of the heap: with the default two decodes at once, an eighth of it goes to pictures. */
    static long defaultBudget(long heap) {
        return heap / 16;
    }

    long budget() {
        return budget;
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
        return decode(field, bytes, format);
    }

    private CheckedImage decode(String field, byte[] bytes, ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.id());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
                throw new ProblemException(422, "image_too_many_pixels", "Image refused",
                        field + " announces " + width + "×" + height + " pixels; the limit is " + maxPixels
                                + " pixels.");
            }
            int step = format.readsSubsampled() ? subsampling(width, height) : 1;
            long needed = ceilDiv(width, step) * ceilDiv(height, step) * bytesPerPixel(reader);
            if (needed > budget) {
                throw new ProblemException(422, "image_too_large_to_decode", "Image refused",
                        field + " (" + width + "×" + height + " " + format + ") would take " + needed
                                + " bytes to decode; one picture may take " + budget + " bytes.");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage pixels = readWithPermit(reader, param);
            if (!warnings.isEmpty()) {
                throw unreadable(field, warnings.get(0));
            }
            return new CheckedImage(bytes, format, width, height, pixels);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw unreadable(field, e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    private BufferedImage readWithPermit(ImageReader reader, ImageReadParam param) throws IOException {
        boolean acquired;
        try {
            acquired = decodes.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw ProblemException.unavailable("decoding_busy",
                    "Other pictures are being decoded; try again in a few seconds.");
        }
        try {
            return reader.read(0, param);
        } finally {
            decodes.release();
        }
    }

    /** Every n-th pixel of every n-th row, so that the longer side is at most {@code maxSide}. */
    private int subsampling(int width, int height) {
        return (int) Math.max(1, ceilDiv(Math.max(width, height), maxSide));
    }

    /** From the type the reader will decode to (palette images stay one byte a pixel), or the worst case. */
    private static long bytesPerPixel(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        if (types == null || !types.hasNext()) {
            return WORST_BYTES_PER_PIXEL;
        }
        SampleModel model = types.next().getSampleModel();
        long bits = 0;
        for (int size : model.getSampleSize()) {
            bits += size;
        }
        // packed models keep a pixel in one element of the buffer; others a sample per element
        long perElement = DataBuffer.getDataTypeSize(model.getDataType());
        long bytes = model.getNumDataElements() == 1 ? perElement / 8 : (bits + 7) / 8;
        return Math.max(1, Math.min(WORST_BYTES_PER_PIXEL, Math.max(bytes, (bits + 7) / 8)));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static ProblemException unreadable(String field, String why) {
        return new ProblemException(422, "unreadable_image", "Image refused",
                field + " could not be decoded to the end (truncated or corrupt)" + (why == null ? "." : ": " + why));
    }
}
