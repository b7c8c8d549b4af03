package com.bakery.sales.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** inventory-service's reservation API, product returns, and the waste report analytics adds. */
@RegisterRestClient(configKey = "inventory")
@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InventoryClient {

    /** {@code holdSeconds}: how long inventory holds the stock; null for its default. */
    record ReservationRequest(String saleId, List<Line> lines, Integer holdSeconds, String till) {
        public record Line(long productId, BigDecimal quantity) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reservation(String saleId, String status, List<Line> lines, Long cogsCents) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Line(long productId, String productName, BigDecimal quantity, long priceCents,
                String currency, Long cogsCents, Long grossCents, Long markdownCents, String soldBy) {
        }
    }

    record ReturnRequest(BigDecimal quantity, long cogsCents, String saleId, String reason) {
    }

    @POST
    @Path("/reservations")
    Reservation reserve(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ReservationRequest request);

    @POST
    @Path("/reservations/{saleId}/commit")
    Reservation commit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("saleId") String saleId);

    @POST
    @Path("/reservations/{saleId}/release")
    Reservation release(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("saleId") String saleId);

    @POST
    @Path("/products/{id}/returns")
    void returnUnits(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("Idempotency-Key") String key, @PathParam("id") long productId, ReturnRequest request);

    /** The waste of days of a zone; only its total is read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record WasteReport(Total total) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Total(BigDecimal producedUnits, BigDecimal wastedUnits, long wasteCostCents) {
        }
    }

    @GET
    @Path("/waste")
    WasteReport waste(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("zone") String zone);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Remote.toException("inventory-service", response);
    }
}
