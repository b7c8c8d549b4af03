package com.bakery.classifier.image;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.classifier.Api;
import com.bakery.classifier.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Pictures whose pixels would fill the heap, in files small enough to upload: a 117 KB PNG announcing 6324×6324
 * pixels once killed the classifier for every tenant. They are read subsampled (bounded memory) and kept at their
 * announced size, and the service goes on answering.
 */
@QuarkusTest
class LargePicturesTest {

    private static final Api API = Api.tenant("large-pictures");

    @Inject
    ImageCheck check;

    @Test
    void theKillerPngIsReadSubsampledWithinTheBudget() {
        byte[] png = TestImages.blankPng(6324, 6324, 2, 8);
        assertTrue(png.length < 256 * 1024, "small enough to upload: " + png.length);
        CheckedImage image = check.check("image", png);
        assertEquals(6324, image.width());
        assertEquals(6324, image.height());
        assertEquals(904, image.pixels().getWidth(), "every 7th pixel: the longer side at most 1024");
        assertEquals(904, image.pixels().getHeight());
    }

    @Test
    void theBudgetIsASixteenthOfTheHeapUnlessConfigured() {
        assertEquals(Runtime.getRuntime().maxMemory() / 16, check.budget());
        assertEquals(1L << 30, ImageCheck.defaultBudget(16L << 30));
    }

    @Test
    void pictureShapesThatWouldFillTheHeapAreStoredAndTheServiceAnswersOn() {
        byte[][] shapes = {
            TestImages.blankPng(6324, 6324, 2, 8), // the one that killed it
            TestImages.blankPng(40_000, 1_000, 2, 8), // wide
            TestImages.blankPng(1_000, 40_000, 2, 8), // tall
            TestImages.blankPng(4_000, 4_000, 6, 16), // 16-bit RGBA: 8 bytes a pixel
            TestImages.blankPng(6_324, 6_324, 3, 8), // palette
        };
        for (byte[] shape : shapes) {
            API.addTrainingImage("banana", shape).statusCode(201);
        }
        API.classify("baker", shapes[0]).statusCode(409).body("code", equalTo("no_model"));
        API.addTrainingImage("red-apple", TestImages.png("google", "red-apple")).statusCode(201);
    }
}
