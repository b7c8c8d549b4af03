package com.bakery.gateway.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** sales-service's analytics, with the asker's token. */
@RegisterRestClient(configKey = "assistant-sales")
@Path("/api/sales/analytics")
@Produces(MediaType.APPLICATION_JSON)
public interface SalesClient {

    @GET
    @Path("/summary")
    JsonNode summary(@HeaderParam("Authorization") String auth, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/top-products")
    JsonNode topProducts(@HeaderParam("Authorization") String auth, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") int limit);
}
