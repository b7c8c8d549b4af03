package com.bakery.gateway.assistant;

import java.util.Map;

/** One tool the assistant means to use, with its arguments (JSON-like values). */
public record ToolCall(String tool, Map<String, Object> arguments) {
}
