package com.bakery.classifier.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.classifier.Api;
import com.bakery.classifier.TestImages;
import com.bakery.classifier.Training;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training images in, model versions out: trained in the background, measured, switched. */
@QuarkusTest
class ModelTrainingTest {

    @Test
    void aModelTrainedOnTwoStylesNamesFruitOfAThirdAndVersionsCanBeSwitchedBack() {
        Api api = Api.tenant("training-versions");
        Training.addImages(api, Training.FRUIT);
        api.as("baker").get("/api/classifier/training-images/labels").then().statusCode(200)
                .body("label", contains("banana", "grapes", "lemon", "red apple", "watermelon"))
                .body("images", contains(2, 2, 2, 2, 2));

        JsonPath v1 = Training.train(api);
        assertEquals(1, v1.getInt("version"));
        assertTrue(v1.getBoolean("active"));
        assertEquals(10, v1.getInt("trainingImages"));
        assertEquals(5, v1.getInt("heldOutImages"), "one image of each label held out");
        assertTrue(v1.getFloat("heldOutAccuracy") >= 0 && v1.getFloat("heldOutAccuracy") <= 1);
        assertEquals(List.of("banana", "grapes", "lemon", "red apple", "watermelon"), v1.getList("labels"));

        // the held-out style: OpenMoji, as a JPEG photo on white
        int right = 0;
        for (String name : Training.FRUIT) {
            String label = api.classify("baker", TestImages.jpeg("openmoji", name)).statusCode(201)
                    .body("provider", equalTo("local")).body("model", equalTo("local v1")).extract().path("label");
            right += label.equals(name.replace('-', ' ')) ? 1 : 0;
        }
        assertTrue(right >= 3, "at least 3 of 5 OpenMoji fruit named right, got " + right);

        JsonPath v2 = Training.train(api);
        assertEquals(2, v2.getInt("version"));
        api.as("manager").get("/api/classifier/models").then().statusCode(200).body("version", contains(2, 1))
                .body("active", contains(true, false));

        api.as("manager").post("/api/classifier/models/1/activate").then().statusCode(200).body("active", equalTo(true));
        api.classify("baker", TestImages.png("google", "banana")).statusCode(201).body("model", equalTo("local v1"));
        api.as("manager").get("/api/classifier/models").then().body("active", contains(false, true));
    }

    @Test
    void trainingNeedsTwoLabelsAndOneRunAtATime() {
        Api api = Api.tenant("training-rules");
        api.as("manager").contentType("application/json").body("{}").post("/api/classifier/models").then()
                .statusCode(422).body("code", equalTo("not_enough_training_images"));
        api.addTrainingImage("banana", TestImages.png("google", "banana")).statusCode(201);
        api.as("manager").contentType("application/json").body("{}").post("/api/classifier/models").then()
                .statusCode(422);
        api.addTrainingImage("lemon", TestImages.png("google", "lemon")).statusCode(201);

        int version = api.as("manager").contentType("application/json").body("{\"activate\":false}")
                .post("/api/classifier/models").then().statusCode(202).header("Location", notNullValue())
                .extract().path("version");
        api.as("manager").contentType("application/json").body("{}").post("/api/classifier/models").then()
                .statusCode(409).body("code", equalTo("training_in_progress"));
        JsonPath ready = Training.awaitReady(api, version);
        assertEquals(false, ready.getBoolean("active"), "asked not to activate");
        assertEquals(0, ready.getInt("heldOutImages"), "one image per label: nothing to hold out");
        api.classify("baker", TestImages.png("google", "banana")).statusCode(409).body("code", equalTo("no_model"));
        api.as("manager").post("/api/classifier/models/" + version + "/activate").then().statusCode(200);
        api.as("manager").post("/api/classifier/models/99/activate").then().statusCode(404);
    }

    @Test
    void theSameImageIsOneTrainingImageAndCannotCarryTwoLabels() {
        Api api = Api.tenant("training-duplicates");
        byte[] banana = TestImages.png("twitter", "banana");
        int id = api.addTrainingImage("banana", banana).statusCode(201).extract().path("id");
        api.addTrainingImage("Banana ", banana).statusCode(200).body("id", equalTo(id));
        api.addTrainingImage("lemon", banana).statusCode(409).body("code", equalTo("already_labelled"));
        api.as("manager").get("/api/classifier/training-images").then().body("items", hasSize(1));
        api.as("manager").delete("/api/classifier/training-images/" + id).then().statusCode(204);
        api.as("manager").get("/api/classifier/training-images").then().body("items", hasSize(0));
    }

    @Test
    void onlyManagersAndAdminsTrainAndOtherTenantsSeeNothing() {
        Api api = Api.tenant("training-roles");
        api.as("baker").multiPart("image", "x.png", TestImages.png("google", "pear"), "image/png")
                .multiPart("label", "pear").post("/api/classifier/training-images").then().statusCode(403);
        api.as("cashier").get("/api/classifier/models").then().statusCode(403);
        api.addTrainingImage("pear", TestImages.png("google", "pear")).statusCode(201);
        Api other = Api.tenant("training-roles-other");
        other.as("manager").get("/api/classifier/training-images").then().statusCode(200).body("items", hasSize(0));
        other.as("manager").get("/api/classifier/models/1").then().statusCode(404);
        api.as("manager").get("/api/classifier/training-images").then().body("items", hasSize(greaterThan(0)));
    }
}
