package com.bakery.classifier.provider.openai;

import com.bakery.classifier.config.ClassifierConfig;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** {@code OPENAI_API_KEY} as the bearer token of every call. */
public class OpenAiKey implements ClientRequestFilter {

    private final ClassifierConfig config;

    public OpenAiKey(ClassifierConfig config) {
        this.config = config;
    }

    @Override
    public void filter(ClientRequestContext request) {
        config.openai().apiKey().ifPresent(key -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION,
                "Bearer " + key));
    }
}
