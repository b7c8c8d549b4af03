package com.bakery.classifier.provider.openai;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.classifier.Api;
import com.bakery.classifier.OpenAiSimulatorResource;
import com.bakery.classifier.TestImages;
import com.bakery.classifier.Training;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With OPENAI_API_KEY unset nothing calls out, even for a tenant that chose the vision API. */
@QuarkusTest
@TestProfile(WithoutApiKeyTest.NoKey.class)
class WithoutApiKeyTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("classifier.openai.api-key", "");
        }
    }

    @Test
    void theLocalModelAnswersAndTheApiIsNeverCalled() {
        Api api = Api.tenant("no-openai-key");
        Training.addImages(api, List.of("banana", "lemon"));
        Training.train(api);
        api.as("manager").contentType("application/json").body("{\"provider\":\"openai\"}")
                .put("/api/classifier/settings").then().statusCode(200).body("openaiConfigured", equalTo(false))
                .body("effectiveProvider", equalTo("local"));
        OpenAiSimulatorResource.simulator().reset();
        api.classify("baker", TestImages.png("google", "banana")).statusCode(201).body("provider", equalTo("local"));
        assertEquals(0, OpenAiSimulatorResource.simulator().requests().size());
    }
}
