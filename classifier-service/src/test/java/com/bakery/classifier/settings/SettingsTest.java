package com.bakery.classifier.settings;

import static org.hamcrest.Matchers.equalTo;

import com.bakery.classifier.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettingsTest {

    private static final Api API = Api.tenant("settings");

    @Test
    void theLocalModelAnswersUntilATenantChoosesOtherwise() {
        API.as("baker").get("/api/classifier/settings").then().statusCode(200).body("provider", equalTo("local"))
                .body("openaiConfigured", equalTo(true));
        API.as("admin").contentType("application/json").body("{\"provider\":\"OpenAI\"}").put("/api/classifier/settings")
                .then().statusCode(200).body("provider", equalTo("openai")).body("effectiveProvider", equalTo("openai"));
        Api.tenant("settings-other").as("baker").get("/api/classifier/settings").then().body("provider", equalTo("local"));
    }

    @Test
    void anUnknownProviderIsRefusedAndBakersCannotChange() {
        API.as("manager").contentType("application/json").body("{\"provider\":\"gemini\"}")
                .put("/api/classifier/settings").then().statusCode(400).body("errors[0].field", equalTo("provider"));
        API.as("manager").contentType("application/json").body("{}").put("/api/classifier/settings").then()
                .statusCode(400);
        API.as("baker").contentType("application/json").body("{\"provider\":\"local\"}")
                .put("/api/classifier/settings").then().statusCode(403);
    }
}
