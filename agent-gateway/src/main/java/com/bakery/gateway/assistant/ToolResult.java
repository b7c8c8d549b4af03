package com.bakery.gateway.assistant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a tool gave: {@code ok} with the service's data; {@code proposed} for a write awaiting confirmation;
 * {@code forbidden}, {@code not_found}, {@code invalid} or {@code failed} with a reason.
 */
public record ToolResult(String status, JsonNode data, String reason) {

    public static ToolResult ok(JsonNode data) {
        return new ToolResult("ok", data, null);
    }

    public static ToolResult of(String status, String reason) {
        return new ToolResult(status, null, reason);
    }

    public boolean ok() {
        return "ok".equals(status);
    }
}
