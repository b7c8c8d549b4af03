package com.bakery.gateway.assistant;

import com.fasterxml.jackson.annotation.JsonValue;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The assistant behind POST /api/agent/ask. */
@ConfigMapping(prefix = "gateway.assistant")
public interface AssistantConfig {

    /** {@code local} (the offline intent parser) or {@code gemini} (used only with a key). */
    @WithDefault("local")
    Provider provider();

    /** Who answers; answers name it ({@code "provider": "gemini"}). */
    enum Provider {
        LOCAL, GEMINI;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }
}
