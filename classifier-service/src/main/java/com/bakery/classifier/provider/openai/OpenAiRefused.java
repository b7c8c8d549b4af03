package com.bakery.classifier.provider.openai;

/** A 4xx other than 408 and 429: asking again would get the same answer. */
public class OpenAiRefused extends OpenAiUnavailable {

    public OpenAiRefused(String message) {
        super(message, null);
    }
}
