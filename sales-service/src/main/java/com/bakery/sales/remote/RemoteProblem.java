package com.bakery.sales.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** Another service answered with a problem (a 4xx, or a payment that failed at its provider). */
public class RemoteProblem extends RuntimeException {

    private final String service;
    private final int status;
    private final JsonNode body;

    public RemoteProblem(String service, int status, JsonNode body) {
        super(service + " answered " + status + ": " + text(body, "detail"));
        this.service = service;
        this.status = status;
        this.body = body == null ? NullNode.getInstance() : body;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String code() {
        return text(body, "code");
    }

    public String detail() {
        return text(body, "detail");
    }

    public JsonNode body() {
        return body;
    }

    private static String text(JsonNode body, String field) {
        return body != null && body.hasNonNull(field) ? body.get(field).asText() : "";
    }
}
