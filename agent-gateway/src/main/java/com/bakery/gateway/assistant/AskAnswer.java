package com.bakery.gateway.assistant;

import com.bakery.gateway.assistant.AssistantConfig.Provider;
import com.bakery.gateway.assistant.tool.ToolStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The assistant's answer, the data it was built from (per tool), the tool calls made, which provider answered,
 * and a note when the chosen provider could not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AskAnswer(String answer, Map<String, Object> data, List<Call> toolCalls, Confirmation confirmation,
        Provider provider, String note) {

    public AskAnswer(String answer, Map<String, Object> data, List<Call> toolCalls, Confirmation confirmation) {
        this(answer, data, toolCalls, confirmation, Provider.LOCAL, null);
    }

    public AskAnswer withNote(String why) {
        return new AskAnswer(answer, data, toolCalls, confirmation, provider, why);
    }

    /** A tool call made: the tool's name (or the unknown name a model used), its arguments, what became of it. */
    public record Call(String tool, Map<String, Object> arguments, ToolStatus status) {

        public Call(ToolCall call, ToolStatus status) {
            this(call.tool().wireName(), call.arguments(), status);
        }
    }

    /** A proposed write: repeat the ask with {@code {"confirm": id}} before {@code expiresAt} to do it. */
    public record Confirmation(String id, Instant expiresAt) {
    }
}
