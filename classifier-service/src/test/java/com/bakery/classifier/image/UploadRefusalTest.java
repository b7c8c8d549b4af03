package com.bakery.classifier.image;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.classifier.Api;
import com.bakery.classifier.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uploads that are not a whole, reasonable JPEG, PNG or WebP picture are refused, and nothing is stored. */
@QuarkusTest
class UploadRefusalTest {

    private static final Api API = Api.tenant("upload-refusals");

    @Inject
    ImageStore images;

    @AfterEach
    void nothingWasStored() {
        assertEquals(0, images.count("tenant", API.tenant()));
    }

    @Test
    void textIsNotAnImage() {
        API.addTrainingImage("banana", "this is not a picture".getBytes()).statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("unsupported_image_format"));
        API.classify("baker", "{\"json\":true}".getBytes()).statusCode(415);
    }

    @Test
    void gifIsNotAcceptedWhateverItsName() {
        API.addTrainingImage("banana", TestImages.gif()).statusCode(415)
                .body("detail", containsString("JPEG, PNG or WebP"));
    }

    @Test
    void aTruncatedImageIsRefused() {
        API.addTrainingImage("banana", TestImages.truncatedPng()).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("unreadable_image"));
    }

    @Test
    void aDecompressionBombIsRefusedBeforeDecoding() {
        byte[] bomb = TestImages.decompressionBomb();
        API.classify("baker", bomb).statusCode(422).body("code", equalTo("image_too_many_pixels"))
                .body("detail", containsString("100000×100000"));
    }

    @Test
    void aFileOverTheUploadLimitIs413() {
        API.addTrainingImage("banana", TestImages.oversize()).statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("image_too_large"));
    }

    @Test
    void aMissingImageOrLabelNamesTheField() {
        API.as("manager").multiPart("label", "banana").post("/api/classifier/training-images").then().statusCode(400)
                .body("errors[0].field", equalTo("image"));
        API.as("manager").multiPart("image", "x.png", TestImages.png("google", "banana"), "image/png")
                .post("/api/classifier/training-images").then().statusCode(400).body("errors[0].field", equalTo("label"));
        API.addTrainingImage("Banana!!", TestImages.png("google", "banana")).statusCode(400)
                .body("errors[0].field", equalTo("label"));
    }

    @Test
    void aBadBatchIdIsRefusedBeforeTheImageIsLookedAt() {
        API.as("baker").multiPart("image", "x.png", TestImages.png("google", "banana"), "image/png")
                .multiPart("batchId", "'; drop table image; --").post("/api/classifier/classifications").then()
                .statusCode(400).body("errors[0].field", equalTo("batchId"));
    }
}
