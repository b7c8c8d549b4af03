package com.bakery.gateway.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** classifier-service, with the asker's token. */
@RegisterRestClient(configKey = "assistant-classifier")
@Path("/api/classifier/classifications")
@Produces(MediaType.APPLICATION_JSON)
public interface ClassifierClient {

    @GET
    JsonNode recent(@HeaderParam("Authorization") String auth, @QueryParam("limit") int limit);
}
