package com.bakery.classifier.image;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.classifier.Api;
import com.bakery.classifier.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With a small decoding budget and a quota of three images: what would take more memory than one decode may is
 * refused before decoding, and a tenant at its quota stores nothing more (the same photo again still answers).
 */
@QuarkusTest
@TestProfile(ImageLimitsTest.SmallLimits.class)
class ImageLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("classifier.decoding.budget", "256K", "classifier.image-quota.count", "3");
        }
    }

    @Inject
    ImageStore images;

    @Test
    void aPictureOverTheDecodingBudgetIsRefusedAndNothingIsStored() {
        Api api = Api.tenant("decoding-budget");
        // 904×904 after subsampling, 3 bytes a pixel: 2.4 MB, over 256 KB
        api.addTrainingImage("banana", TestImages.blankPng(6324, 6324, 2, 8)).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("image_too_large_to_decode"))
                .body("detail", containsString("6324×6324"));
        assertEquals(0, images.count("tenant", api.tenant()));
        api.addTrainingImage("banana", TestImages.png("google", "banana")).statusCode(201);
    }

    @Test
    void aTenantAtItsQuotaStoresNothingMore() {
        Api api = Api.tenant("image-quota");
        api.addTrainingImage("banana", TestImages.png("google", "banana")).statusCode(201);
        api.addTrainingImage("red-apple", TestImages.png("google", "red-apple")).statusCode(201);
        api.addTrainingImage("lemon", TestImages.png("google", "lemon")).statusCode(201);
        api.addTrainingImage("red-apple", TestImages.png("twitter", "red-apple")).statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("image_quota_reached"));
        assertEquals(3, images.count("tenant", api.tenant()));
        // another tenant is not held back by this one's quota
        Api.tenant("image-quota-other").addTrainingImage("red-apple", TestImages.png("twitter", "red-apple"))
                .statusCode(201);
    }
}
