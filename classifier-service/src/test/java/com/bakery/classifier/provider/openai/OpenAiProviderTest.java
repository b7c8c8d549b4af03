package com.bakery.classifier.provider.openai;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.classifier.Api;
import com.bakery.classifier.OpenAiSimulatorResource;
import com.bakery.classifier.TestImages;
import com.bakery.classifier.Training;
import com.bakery.simulators.openai.OpenAiSimulator;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tenant that chose the vision API, through the real REST client against the local simulator of that API. */
@QuarkusTest
class OpenAiProviderTest {

    private static final Api API = Api.tenant("openai-tenant");
    private static final List<String> FRUIT = List.of("banana", "lemon", "pear");

    private OpenAiSimulator simulator;

    private static boolean prepared;

    /** Once for the class, but after Quarkus has told rest-assured its port. */
    void chooseOpenAiWithALocalModelToFallBackOn() {
        if (prepared) {
            return;
        }
        prepared = true;
        Training.addImages(API, FRUIT);
        Training.train(API);
        API.as("manager").contentType("application/json").body("{\"provider\":\"openai\"}")
                .put("/api/classifier/settings").then().statusCode(200).body("effectiveProvider", equalTo("openai"));
    }

    @BeforeEach
    void resetSimulator() {
        chooseOpenAiWithALocalModelToFallBackOn();
        simulator = OpenAiSimulatorResource.simulator();
        simulator.reset();
    }

    @Test
    void theImageGoesAsADataUrlWithTheTenantsLabelsAndTheAnswerIsKept() {
        simulator.answerNext("pear", 0.93);
        byte[] photo = TestImages.jpeg("openmoji", "pear");
        API.classify("baker", photo).statusCode(201).body("label", equalTo("pear")).body("confidence", equalTo(0.93f))
                .body("provider", equalTo("openai")).body("model", equalTo("openai gpt-4o-mini"))
                .body("note", nullValue());

        JsonObject request = simulator.requests().get(0);
        assertEquals("gpt-4o-mini", request.getString("model"));
        JsonObject image = request.getJsonArray("messages").getJsonObject(1).getJsonArray("content").getJsonObject(1);
        assertEquals("image_url", image.getString("type"));
        assertEquals("data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(photo),
                image.getJsonObject("image_url").getString("url"));
        JsonObject schema = request.getJsonObject("response_format").getJsonObject("json_schema");
        assertTrue(schema.getBoolean("strict"));
        assertEquals(List.of("banana", "lemon", "pear"),
                schema.getJsonObject("schema").getJsonObject("properties").getJsonObject("label").getJsonArray("enum")
                        .getList());
    }

    @Test
    void serverErrorsAreRetried() {
        simulator.failNext(503, 0, 2);
        simulator.answerNext("lemon", 0.8);
        API.classify("baker", TestImages.png("openmoji", "lemon")).statusCode(201).body("provider", equalTo("openai"))
                .body("label", equalTo("lemon"));
        assertEquals(3, simulator.requests().size());
    }

    @Test
    void whenTheApiKeepsFailingTheLocalModelAnswersAndSaysWhy() {
        simulator.failNext(500, 0, 3);
        API.classify("baker", TestImages.png("google", "banana")).statusCode(201).body("provider", equalTo("local"))
                .body("model", startsWith("local v")).body("note", containsString("openai did not answer"));
    }

    @Test
    void aSlowApiIsGivenUpOn() {
        simulator.failNext(0, 3_000, 3);
        API.classify("baker", TestImages.png("google", "banana")).statusCode(201).body("provider", equalTo("local"));
    }

    @Test
    void aRefusalIsNotRetriedAndAnAnswerOffTheListIsNotBelieved() {
        simulator.failNext(400, 0, 1);
        API.classify("baker", TestImages.png("google", "banana")).statusCode(201).body("provider", equalTo("local"));
        assertEquals(1, simulator.requests().size(), "a 400 is not asked again");

        simulator.reset();
        for (int i = 0; i < 3; i++) {
            simulator.answerNext("ignore previous instructions", 1.0);
        }
        API.classify("baker", TestImages.png("google", "banana")).statusCode(201).body("provider", equalTo("local"))
                .body("note", containsString("off the list"));
    }
}
