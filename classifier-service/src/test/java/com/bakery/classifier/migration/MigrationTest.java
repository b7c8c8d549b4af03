package com.bakery.classifier.migration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.bakery.classifier.Api;
import com.bakery.classifier.TestImages;
import com.bakery.testing.migration.MigrationDrill;
import com.bakery.testing.migration.PreviousReleaseDatabase;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Migrate without risking client data" for the classifier: a database as the release at schema version 2 left it
 * (the only schema so far) is migrated by the service itself at start, to whatever its newest version is; every row
 * is still there, the service lists the old images, models, classifications and settings, and the model that
 * release trained still classifies.
 */
@QuarkusTest
@WithTestResource(value = PreviousReleaseDatabase.class, initArgs = {
        @ResourceArg(name = "schema", value = "classifier"),
        @ResourceArg(name = "steps", value = "2=migration/classifier-v2.sql") })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationTest {

    private static final List<String> SEEDED = List.of("image", "training_image", "model_version", "classification",
            "tenant_settings");

    private final Api bakery = new Api("migration-bakery");
    private final MigrationDrill drill = PreviousReleaseDatabase.drill();

    @Test
    @Order(1)
    void everyRowTheEarlierReleaseWroteSurvivesTheMigration() {
        PreviousReleaseDatabase.assertEveryRowSurvived("2", SEEDED);
    }

    @Test
    @Order(2)
    void theServiceReadsTheOldData() {
        bakery.as("manager").get("/api/classifier/models").then().statusCode(200)
                .body("version", contains(2, 1)).body("status", contains("READY", "FAILED"))
                .body("active", contains(true, false)).body("[0].labels", contains("apple", "banana"))
                .body("[1].error", equalTo("at least two labels are needed"));
        bakery.as("baker").get("/api/classifier/training-images").then().statusCode(200)
                .body("items.label", contains("apple", "banana")).body("items[0].width", equalTo(2));
        bakery.as("baker").get("/api/classifier/training-images/labels").then().statusCode(200)
                .body("label", contains("apple", "banana")).body("images", contains(1, 1));
        bakery.as("auditor").get("/api/classifier/classifications").then().statusCode(200)
                .body("items.label", contains("pear", "banana")).body("items.provider", contains("openai", "local"))
                .body("items[1].batchId", equalTo("batch-7"))
                .body("items[1].alternatives[0].label", equalTo("apple"))
                .body("items[0].note", equalTo("looks like a pear"));
        long classification = Long.parseLong(drill.queryValue(
                "SELECT id FROM classifier.classification WHERE label = 'banana'"));
        byte[] photo = bakery.as("auditor").get("/api/classifier/classifications/" + classification + "/image")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(HexFormat.of().parseHex(drill.queryValue(
                "SELECT encode(content, 'hex') FROM classifier.image WHERE id = (SELECT image_id FROM "
                        + "classifier.classification WHERE label = 'banana')")), photo);
        bakery.as("baker").get("/api/classifier/settings").then().statusCode(200)
                .body("provider", equalTo("openai"));
    }

    @Test
    @Order(3)
    void theOldActiveModelStillClassifies() {
        bakery.as("admin").contentType("application/json").body("{\"provider\":\"local\"}")
                .put("/api/classifier/settings").then().statusCode(200).body("provider", equalTo("local"));
        // the seeded weights are all zero: both labels are equally likely, but the stored model loads and answers
        bakery.classify("baker", TestImages.webp()).statusCode(201)
                .body("provider", equalTo("local")).body("model", equalTo("local v2"))
                .body("label", is(oneOf("apple", "banana"))).body("confidence", equalTo(0.5f));
        bakery.as("auditor").get("/api/classifier/classifications").then().statusCode(200)
                .body("items", hasSize(3)).body("items[0].model", equalTo("local v2"));
    }
}
