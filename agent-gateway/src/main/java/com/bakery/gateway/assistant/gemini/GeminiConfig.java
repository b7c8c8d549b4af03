package com.bakery.gateway.assistant.gemini;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Gemini as the assistant's provider, and the limits of one ask. */
@ConfigMapping(prefix = "gateway.assistant.gemini")
public interface GeminiConfig {

    /** {@code GEMINI_API_KEY}; without it the local provider answers. */
    Optional<String> apiKey();

    @WithDefault("gemini-2.5-flash")
    String model();

    /** Model turns at most per ask (each may call tools). */
    @WithDefault("5")
    int maxSteps();

    /** Tokens at most per ask, counted from the API's usage metadata. */
    @WithDefault("20000")
    int maxTokens();

    @WithDefault("1024")
    int maxOutputTokens();

    /** Time at most per ask, tool calls included. */
    @WithDefault("25s")
    Duration maxTime();
}
