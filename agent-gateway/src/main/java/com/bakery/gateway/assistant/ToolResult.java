package com.bakery.gateway.assistant;

import com.bakery.gateway.assistant.tool.ToolStatus;
import com.fasterxml.jackson.databind.JsonNode;

/** What a tool gave: the service's data when {@link ToolStatus#OK}, else the reason it gave none. */
public record ToolResult(ToolStatus status, JsonNode data, String reason) {

    public static ToolResult ok(JsonNode data) {
        return new ToolResult(ToolStatus.OK, data, null);
    }

    public static ToolResult of(ToolStatus status, String reason) {
        return new ToolResult(status, null, reason);
    }

    public boolean ok() {
        return status == ToolStatus.OK;
    }
}
