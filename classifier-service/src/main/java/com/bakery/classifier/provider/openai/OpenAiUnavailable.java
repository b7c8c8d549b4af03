package com.bakery.classifier.provider.openai;

/** The vision API did not give a usable answer (down, slow, refusing, or answering off the list). */
public class OpenAiUnavailable extends RuntimeException {

    public OpenAiUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
