package com.bakery.classifier;

import static io.restassured.RestAssured.given;

import com.bakery.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Calls of this service's API as a user of one tenant, new in each test run (the database outlives runs). */
public record Api(String tenant) {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    public static Api tenant(String name) {
        return new Api(name + "-" + RUN);
    }

    public String token(String role) {
        return TestTokens.token(role + "@" + tenant, tenant, role);
    }

    public RequestSpecification as(String role) {
        return given().auth().oauth2(token(role));
    }

    public ValidatableResponse addTrainingImage(String label, byte[] image) {
        return as("manager").multiPart("image", "photo.png", image, "image/png").multiPart("label", label)
                .post("/api/classifier/training-images").then();
    }

    public ValidatableResponse classify(String role, byte[] image) {
        return as(role).multiPart("image", "photo", image, "application/octet-stream")
                .post("/api/classifier/classifications").then();
    }
}
