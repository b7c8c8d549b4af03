package com.bakery.gateway.assistant.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Gemini's generateContent; base URL and timeouts from configuration (key "gemini"). */
@RegisterRestClient(configKey = "gemini")
@Path("/v1beta/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface GeminiClient {

    @POST
    @Path("/{model}:generateContent")
    JsonNode generateContent(@PathParam("model") String model, @HeaderParam("x-goog-api-key") String key,
            JsonNode request);
}
