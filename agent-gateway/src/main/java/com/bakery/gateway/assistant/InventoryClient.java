package com.bakery.gateway.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** inventory-service, called with the asker's own token ({@code auth}), so its rules apply to the asker. */
@RegisterRestClient(configKey = "assistant-inventory")
@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InventoryClient {

    @GET
    @Path("/materials")
    JsonNode materials(@HeaderParam("Authorization") String auth, @QueryParam("limit") int limit);

    @GET
    @Path("/materials/{id}")
    JsonNode material(@HeaderParam("Authorization") String auth, @PathParam("id") long id);

    @GET
    @Path("/products")
    JsonNode products(@HeaderParam("Authorization") String auth, @QueryParam("limit") int limit);

    @GET
    @Path("/products/{id}")
    JsonNode product(@HeaderParam("Authorization") String auth, @PathParam("id") long id);

    @GET
    @Path("/recipes")
    JsonNode recipes(@HeaderParam("Authorization") String auth, @QueryParam("limit") int limit);

    @GET
    @Path("/recipes/{id}/cost")
    JsonNode recipeCost(@HeaderParam("Authorization") String auth, @PathParam("id") long id);

    @GET
    @Path("/alerts")
    JsonNode alerts(@HeaderParam("Authorization") String auth, @QueryParam("status") String status);

    @GET
    @Path("/production-runs")
    JsonNode productionRuns(@HeaderParam("Authorization") String auth, @QueryParam("date") String date,
            @QueryParam("limit") int limit);

    @GET
    @Path("/bake-plan")
    JsonNode bakePlan(@HeaderParam("Authorization") String auth, @QueryParam("date") String date);

    @GET
    @Path("/batches/expiring")
    JsonNode expiring(@HeaderParam("Authorization") String auth, @QueryParam("withinDays") int withinDays);

    @GET
    @Path("/waste")
    JsonNode waste(@HeaderParam("Authorization") String auth, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("zone") String zone);

    @POST
    @Path("/materials/{id}/batches")
    JsonNode receiveBatch(@HeaderParam("Authorization") String auth, @HeaderParam("Idempotency-Key") String key,
            @PathParam("id") long materialId, Map<String, Object> batch);

    @POST
    @Path("/production-runs")
    JsonNode startProduction(@HeaderParam("Authorization") String auth, @HeaderParam("Idempotency-Key") String key,
            Map<String, Object> run);
}
