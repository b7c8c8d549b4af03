package com.bakery.gateway.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** payments-service, with the asker's token. */
@RegisterRestClient(configKey = "assistant-payments")
@Path("/api/payments/payments")
@Produces(MediaType.APPLICATION_JSON)
public interface PaymentsClient {

    @GET
    @Path("/{id}")
    JsonNode payment(@HeaderParam("Authorization") String auth, @PathParam("id") long id);
}
