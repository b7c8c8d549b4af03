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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** payments-service's payment and refund API. */
@RegisterRestClient(configKey = "payments")
@Path("/api/payments/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PaymentsClient {

    record PaymentRequest(String reference, long amountCents, String currency, String method, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payment(long id, String reference, PaymentStatus status, long amountCents, long capturedCents,
            long refundedCents, String checkoutUrl, String failureCode, String failureReason, String attention) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payments(List<Payment> items) {
    }

    record RefundRequest(long amountCents, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Refund(long id, String status, long amountCents, String instructions) {
    }

    @POST
    Payment create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("Idempotency-Key") String key, PaymentRequest request);

    @GET
    @Path("/{id}")
    Payment get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    @GET
    Payments byReference(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("reference") String reference);

    @POST
    @Path("/{id}/cancel")
    Payment cancel(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    @POST
    @Path("/{id}/refunds")
    Refund refund(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("Idempotency-Key") String key, @PathParam("id") long paymentId, RefundRequest request);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Remote.toException("payments-service", response);
    }
}
