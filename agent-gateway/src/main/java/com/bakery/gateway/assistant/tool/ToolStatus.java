package com.bakery.gateway.assistant.tool;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What became of a tool call: {@code ok} with the service's data; {@code proposed} for a write awaiting the asker's
 * confirmation, {@code done} once confirmed and made; or refused: {@code forbidden}, {@code not_found},
 * {@code invalid}, {@code failed} (the service could not answer).
 */
public enum ToolStatus {
    OK, PROPOSED, DONE, FORBIDDEN, NOT_FOUND, INVALID, FAILED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }
}
