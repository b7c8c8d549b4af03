package com.bakery.sales.remote;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.function.Supplier;

/** How the REST clients turn answers and transport failures into {@link RemoteProblem} or {@link RemoteUnavailable}. */
final class Remote {

    /** Payment failures at the provider: payments-service is up and answered; the payment failed. */
    private static final Set<String> PAYMENT_OUTCOMES = Set.of("provider_unavailable", "provider_rejected");

    private Remote() {
    }

    static RuntimeException toException(String service, Response response) {
        JsonNode body = null;
        try {
            body = response.readEntity(JsonNode.class);
        } catch (RuntimeException e) {
            // no readable body
        }
        int status = response.getStatus();
        if (status >= 500 && (body == null || !body.hasNonNull("code")
                || !PAYMENT_OUTCOMES.contains(body.get("code").asText()))) {
            return new RemoteUnavailable(service + " answered " + status, null);
        }
        return new RemoteProblem(service, status, body);
    }

    static <T> T call(String service, Supplier<T> request) {
        try {
            return request.get();
        } catch (RemoteProblem | RemoteUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RemoteUnavailable(service + " could not be reached: " + e.getMessage(), e);
        }
    }
}
