package com.bakery.sales.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The gateway's client-credentials endpoint, and the feature flags it keeps per tenant and user. */
@RegisterRestClient(configKey = "gateway")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface GatewayClient {

    record ServiceTokenRequest(String tenant) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    @POST
    @Path("/auth/service-token")
    TokenResponse serviceToken(@HeaderParam(HttpHeaders.AUTHORIZATION) String basic, ServiceTokenRequest request);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Flags(Map<String, Boolean> flags) {
    }

    /** The flags as they are for the token's user ({@code GET /api/flags}). */
    @GET
    @Path("/api/flags")
    Flags flags(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Remote.toException("agent-gateway", response);
    }
}
