package com.bakery.classifier.classification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.classifier.Api;
import com.bakery.classifier.TestImages;
import com.bakery.classifier.Training;
import com.bakery.classifier.image.ImageStore;
import com.bakery.common.security.Sha256;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Classifying delivery photos with the local model, and the history of it. */
@QuarkusTest
class ClassificationResourceTest {

    private static final Api API = Api.tenant("classifications");

    @Inject
    ImageStore images;

    private static boolean trained;

    /** Once for the class, but after Quarkus has told rest-assured its port. */
    @BeforeEach
    void trainAModel() {
        if (!trained) {
            Training.addImages(API, Training.FRUIT);
            Training.train(API);
            trained = true;
        }
    }

    @Test
    void aPhotoIsClassifiedWithItsAlternativesAndKeptWithItsBatch() {
        byte[] photo = TestImages.jpeg("google", "watermelon");
        int id = API.classify("baker", photo).statusCode(201).header("Location", notNullValue()).extract().path("id");
        API.as("baker").get("/api/classifier/classifications/" + id).then().statusCode(200)
                .body("label", equalTo("watermelon"))
                .body("confidence", greaterThanOrEqualTo(0.2f)).body("confidence", lessThanOrEqualTo(1f))
                .body("alternatives", hasSize(3)).body("alternatives.label", everyItem(notNullValue()))
                .body("provider", equalTo("local")).body("model", equalTo("local v1"))
                .body("tookMs", greaterThanOrEqualTo(0)).body("imageSha256", equalTo(Sha256.hex(photo)))
                .body("requestedBy", equalTo("baker@" + API.tenant())).body("batchId", nullValue());

        byte[] stored = API.as("baker").get("/api/classifier/classifications/" + id + "/image").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertArrayEquals(photo, stored);

        API.as("baker").contentType("application/json").body("{\"batchId\":\"4711\"}")
                .put("/api/classifier/classifications/" + id + "/batch").then().statusCode(200)
                .body("batchId", equalTo("4711"));
        API.as("baker").multiPart("image", "p.webp", TestImages.webp(), "image/webp").multiPart("batchId", "batch-12")
                .post("/api/classifier/classifications").then().statusCode(201).body("batchId", equalTo("batch-12"));
    }

    /** A picture of one colour (all background once cut out) was a 500: its features were NaN. */
    @Test
    void aPictureWithNothingOnItIsClassifiedAsBestItCan() {
        for (byte[] blank : java.util.List.of(TestImages.blankPng(64, 48, 2, 8), TestImages.blankPng(40, 40, 3, 8),
                TestImages.blankPng(32, 32, 6, 8))) {
            API.classify("baker", blank).statusCode(201).body("label", notNullValue())
                    .body("confidence", greaterThanOrEqualTo(0f)).body("confidence", lessThanOrEqualTo(1f));
        }
    }

    @Test
    void theSameImageTwiceIsStoredOnce() {
        byte[] photo = TestImages.png("twitter", "pear"); // not among the training images
        long before = images.count("tenant", API.tenant());
        int first = API.classify("manager", photo).statusCode(201).extract().path("imageId");
        int second = API.classify("manager", photo).statusCode(201).extract().path("imageId");
        assertEquals(first, second);
        assertEquals(before + 1, images.count("tenant", API.tenant()));
    }

    @Test
    void historyIsPagedNewestFirstAndFilteredByLabelAndDate() {
        for (int i = 0; i < 3; i++) {
            API.classify("baker", TestImages.png("google", "grapes")).statusCode(201);
        }
        var page = API.as("auditor").queryParam("label", "grapes").queryParam("limit", 2)
                .get("/api/classifier/classifications").then().statusCode(200).body("items", hasSize(2))
                .body("items.label", everyItem(equalTo("grapes"))).body("next", notNullValue()).extract().jsonPath();
        int newest = page.getInt("items[0].id");
        int older = page.getInt("items[1].id");
        assertEquals(true, newest > older);
        API.as("auditor").queryParam("label", "grapes").queryParam("before", page.getString("next"))
                .get("/api/classifier/classifications").then().body("items", hasSize(greaterThanOrEqualTo(1)))
                .body("items.id", everyItem(org.hamcrest.Matchers.lessThan(older)));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        API.as("auditor").queryParam("from", today).queryParam("to", today).queryParam("label", "grapes")
                .get("/api/classifier/classifications").then().body("items", hasSize(greaterThanOrEqualTo(3)));
        API.as("auditor").queryParam("to", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .get("/api/classifier/classifications").then().body("items", hasSize(0));
        API.as("auditor").queryParam("from", "yesterday").get("/api/classifier/classifications").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void anotherTenantSeesNoneOfItAndHasNoModel() {
        int id = API.classify("baker", TestImages.png("google", "banana")).statusCode(201).extract().path("id");
        Api other = Api.tenant("classifications-other");
        other.as("baker").get("/api/classifier/classifications/" + id).then().statusCode(404);
        other.as("baker").get("/api/classifier/classifications/" + id + "/image").then().statusCode(404);
        other.as("baker").get("/api/classifier/classifications").then().body("items", hasSize(0));
        other.classify("baker", TestImages.png("google", "banana")).statusCode(409).body("code", equalTo("no_model"));
        other.as("baker").contentType("application/json").body("{\"batchId\":\"1\"}")
                .put("/api/classifier/classifications/" + id + "/batch").then().statusCode(404);
    }

    @Test
    void cashiersDoNotClassify() {
        API.classify("cashier", TestImages.png("google", "banana")).statusCode(403);
        API.as("cashier").get("/api/classifier/classifications").then().statusCode(403);
        API.as("auditor").get("/api/classifier/classifications").then().statusCode(200)
                .body("items.provider", everyItem(equalTo("local")));
    }
}
