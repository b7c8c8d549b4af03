package com.bakery.gateway.assistant.gemini;

/** Gemini did not give a usable answer: down, slow, over quota, or refusing the request. */
public class GeminiUnavailable extends RuntimeException {

    public GeminiUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
