package com.bakery.classifier.provider.openai;

import com.bakery.classifier.provider.Verdict;
import com.bakery.classifier.config.ClassifierConfig;
import com.bakery.classifier.image.CheckedImage;
import com.bakery.classifier.provider.openai.OpenAiWire.Answer;
import com.bakery.classifier.provider.openai.OpenAiWire.ChatRequest;
import com.bakery.classifier.provider.openai.OpenAiWire.ChatResponse;
import com.bakery.classifier.provider.openai.OpenAiWire.JsonSchema;
import com.bakery.classifier.provider.openai.OpenAiWire.Message;
import com.bakery.classifier.provider.openai.OpenAiWire.Part;
import com.bakery.classifier.provider.openai.OpenAiWire.ResponseFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks an OpenAI-compatible vision model which of the tenant's labels the picture shows, forcing a JSON answer
 * with a schema whose label is one of them; an answer off the list is not believed.
 */
@ApplicationScoped
public class OpenAiClassifier {

    private static final String INSTRUCTIONS = "You identify the fruit in a photo of a delivery to a bakery. "
            + "Answer with the one label from the allowed list that best names the fruit shown, your confidence "
            + "from 0 to 1, and up to %d other likely labels from the list with their confidence.";

    private final OpenAiClient client;
    private final ClassifierConfig.OpenAi config;
    private final ObjectMapper json;

    public OpenAiClassifier(@RestClient OpenAiClient client, ClassifierConfig config, ObjectMapper json) {
        this.client = client;
        this.config = config.openai();
        this.json = json;
    }

    /** Without {@code OPENAI_API_KEY} this provider is never called. */
    public boolean configured() {
        return config.apiKey().filter(k -> !k.isBlank()).isPresent();
    }

    @Timeout(15_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = OpenAiUnavailable.class, abortOn = OpenAiRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000, skipOn = OpenAiRefused.class)
    public Verdict classify(CheckedImage image, List<String> labels) {
        ChatResponse response;
        try {
            response = client.complete(request(image, labels));
        } catch (ProcessingException e) {
            throw new OpenAiUnavailable("The vision API could not be reached: " + e.getMessage(), e);
        }
        if (response == null || response.choices() == null || response.choices().isEmpty()
                || response.choices().get(0).message() == null || response.choices().get(0).message().content() == null) {
            throw new OpenAiUnavailable("The vision API answered without a message", null);
        }
        Answer answer = parse(response.choices().get(0).message().content());
        if (answer.label() == null || !labels.contains(answer.label())) {
            throw new OpenAiUnavailable("The vision API answered a label off the list: " + answer.label(), null);
        }
        List<Verdict.Alternative> alternatives = answer.alternatives() == null ? List.of()
                : answer.alternatives().stream()
                        .filter(a -> labels.contains(a.label()) && !a.label().equals(answer.label()))
                        .limit(config.alternatives())
                        .map(a -> new Verdict.Alternative(a.label(), clamp(a.confidence()))).toList();
        String model = response.model() != null ? response.model() : config.model();
        return new Verdict(answer.label(), clamp(answer.confidence()), alternatives, "openai", "openai " + model);
    }

    private ChatRequest request(CheckedImage image, List<String> labels) {
        String dataUrl = "data:" + image.format().mediaType() + ";base64,"
                + Base64.getEncoder().encodeToString(image.bytes());
        Map<String, Object> alternative = Map.of("type", "object", "additionalProperties", false,
                "required", List.of("label", "confidence"),
                "properties", Map.of("label", Map.of("type", "string", "enum", labels),
                        "confidence", Map.of("type", "number")));
        Map<String, Object> schema = Map.of("type", "object", "additionalProperties", false,
                "required", List.of("label", "confidence", "alternatives"),
                "properties", Map.of("label", Map.of("type", "string", "enum", labels),
                        "confidence", Map.of("type", "number"),
                        "alternatives", Map.of("type", "array", "items", alternative)));
        return new ChatRequest(config.model(), List.of(
                new Message("system", INSTRUCTIONS.formatted(config.alternatives())),
                new Message("user", List.of(Part.text("Allowed labels: " + String.join(", ", labels)),
                        Part.image(dataUrl)))),
                new ResponseFormat("json_schema", new JsonSchema("fruit_label", schema, true)), 0.0, 200);
    }

    private Answer parse(String content) {
        try {
            return json.readValue(content, Answer.class);
        } catch (JsonProcessingException e) {
            throw new OpenAiUnavailable("The vision API answered something other than the JSON asked for", e);
        }
    }

    private static double clamp(Double value) {
        return value == null || value.isNaN() ? 0 : Math.max(0, Math.min(1, value));
    }
}
