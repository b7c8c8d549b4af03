package com.bakery.gateway.assistant;

import com.bakery.gateway.assistant.tool.Tool;
import java.util.Map;

/** One tool the assistant means to use, with its arguments (JSON-like values). */
public record ToolCall(Tool tool, Map<String, Object> arguments) {
}
