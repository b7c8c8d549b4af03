package com.bakery.gateway.assistant.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** One generateContent call, with a timeout, one retry for 429/5xx and a circuit breaker. */
@ApplicationScoped
public class Gemini {

    private final GeminiClient client;
    private final GeminiConfig config;

    public Gemini(@RestClient GeminiClient client, GeminiConfig config) {
        this.client = client;
        this.config = config;
    }

    public boolean configured() {
        return config.apiKey().filter(k -> !k.isBlank()).isPresent();
    }

    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 500, retryOn = GeminiUnavailable.class, abortOn = GeminiRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000, skipOn = GeminiRefused.class)
    public JsonNode generate(JsonNode request) {
        try {
            return client.generateContent(config.model(), config.apiKey().orElseThrow(), request);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String message = message(e);
            if (status == 429 || status >= 500) {
                throw new GeminiUnavailable("Gemini answered " + status + ": " + message, e);
            }
            throw new GeminiRefused("Gemini refused the request (" + status + "): " + message);
        } catch (ProcessingException e) {
            throw new GeminiUnavailable("Gemini could not be reached: " + e.getMessage(), e);
        }
    }

    private static String message(WebApplicationException e) {
        try {
            return e.getResponse().readEntity(JsonNode.class).path("error").path("message").asText("no message");
        } catch (RuntimeException unreadable) {
            return "no readable message";
        }
    }

    /** A 4xx other than 429: asking again would not help. */
    public static class GeminiRefused extends GeminiUnavailable {
        GeminiRefused(String message) {
            super(message, null);
        }
    }
}
