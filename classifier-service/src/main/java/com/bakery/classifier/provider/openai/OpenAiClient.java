package com.bakery.classifier.provider.openai;

import com.bakery.classifier.provider.openai.OpenAiWire.ChatRequest;
import com.bakery.classifier.provider.openai.OpenAiWire.ChatResponse;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** An OpenAI-compatible chat-completions endpoint; base URL and timeouts from configuration (key "openai"). */
@RegisterRestClient(configKey = "openai")
@RegisterProvider(OpenAiKey.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OpenAiClient {

    @POST
    @Path("/v1/chat/completions")
    ChatResponse complete(ChatRequest request);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        String message;
        try {
            OpenAiWire.ErrorBody body = response.readEntity(OpenAiWire.ErrorBody.class);
            message = body != null && body.error() != null ? body.error().message() : "no message";
        } catch (RuntimeException e) {
            message = "no readable message";
        }
        int status = response.getStatus();
        String what = "The vision API answered " + status + ": " + message;
        return status >= 400 && status < 500 && status != 408 && status != 429 ? new OpenAiRefused(what)
                : new OpenAiUnavailable(what, null);
    }
}
