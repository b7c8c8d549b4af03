package com.bakery.classifier;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;

/** Gives a test tenant training images and a trained model, through the API. */
public final class Training {

    public static final List<String> FRUIT = List.of("banana", "red-apple", "lemon", "grapes", "watermelon");

    private Training() {
    }

    /** Both training styles of each fruit as training images. */
    public static void addImages(Api api, List<String> fruit) {
        for (String style : List.of("google", "twitter")) {
            for (String name : fruit) {
                api.addTrainingImage(name.replace('-', ' '), TestImages.png(style, name)).statusCode(201);
            }
        }
    }

    /** Starts training and waits until the version is READY; returns it. */
    public static JsonPath train(Api api) {
        int version = api.as("manager").contentType("application/json").body("{}").post("/api/classifier/models")
                .then().statusCode(202).body("status", equalTo("TRAINING")).extract().path("version");
        return awaitReady(api, version);
    }

    public static JsonPath awaitReady(Api api, int version) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> !"TRAINING"
                .equals(api.as("manager").get("/api/classifier/models/" + version).then().extract().path("status")));
        return api.as("manager").get("/api/classifier/models/" + version).then().statusCode(200)
                .body("status", equalTo("READY")).extract().jsonPath();
    }
}
