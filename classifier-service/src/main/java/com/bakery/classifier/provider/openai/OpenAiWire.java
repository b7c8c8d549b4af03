package com.bakery.classifier.provider.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The parts of the OpenAI-compatible chat-completions API the classifier uses, field names as on the wire. */
public final class OpenAiWire {

    private OpenAiWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChatRequest(String model, List<Message> messages,
            @JsonProperty("response_format") ResponseFormat responseFormat, Double temperature,
            @JsonProperty("max_tokens") Integer maxTokens) {
    }

    /** {@code content} is a string, or a list of {@link Part}s for a user message with an image. */
    public record Message(String role, Object content) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String type, String text, @JsonProperty("image_url") ImageUrl imageUrl) {

        public static Part text(String text) {
            return new Part("text", text, null);
        }

        public static Part image(String dataUrl) {
            return new Part("image_url", null, new ImageUrl(dataUrl, "low"));
        }
    }

    public record ImageUrl(String url, String detail) {
    }

    public record ResponseFormat(String type, @JsonProperty("json_schema") JsonSchema jsonSchema) {
    }

    public record JsonSchema(String name, Map<String, Object> schema, boolean strict) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChatResponse(String model, List<Choice> choices) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(int index, ChoiceMessage message, @JsonProperty("finish_reason") String finishReason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChoiceMessage(String role, String content, String refusal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorBody(Error error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(String message, String type, String code) {
    }

    /** The JSON the model is asked to answer with. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String label, Double confidence, List<AnswerAlternative> alternatives) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AnswerAlternative(String label, Double confidence) {
    }
}
