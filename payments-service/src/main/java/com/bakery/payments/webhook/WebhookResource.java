package com.bakery.payments.webhook;

import com.bakery.payments.payment.WebhookUrls;
import com.bakery.common.problem.DatabaseUnavailable;
import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * InfinitePay's webhook, public (no JWT: the provider has none). The unguessable token in the path finds the
 * payment; the delivery is stored and acknowledged at once, and confirmed with the provider in the background.
 * 400 means "deliver again": for a body this service cannot act on, or while its database is unavailable.
 */
@Path(WebhookUrls.PATH + "{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookService webhooks;
    private final WebhookConfirmer confirmer;
    private final ObjectMapper json;

    public WebhookResource(WebhookService webhooks, WebhookConfirmer confirmer, ObjectMapper json) {
        this.webhooks = webhooks;
        this.confirmer = confirmer;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> receive(@PathParam("token") String token, String body) {
        WebhookBody parsed = parse(body);
        long deliveryId;
        try {
            deliveryId = webhooks.receive(token, parsed, body);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            // InfinitePay delivers again only after a 400: a payment must not be lost to a database restart
            throw new ProblemException(400, "deliver_again", "Bad Request",
                    "The delivery could not be stored just now; deliver it again.");
        }
        confirmer.confirmSoon(deliveryId);
        return Map.of("received", true);
    }

    private WebhookBody parse(String body) {
        WebhookBody parsed;
        try {
            parsed = body == null || body.isBlank() ? null : json.readValue(body, WebhookBody.class);
        } catch (JsonProcessingException e) {
            parsed = null;
        }
        if (parsed == null || parsed.transactionNsu() == null || parsed.transactionNsu().isBlank()) {
            throw ProblemException.invalid("A paymentApproved webhook must be a JSON object with a transaction_nsu.",
                    List.of(new Problem.FieldError("transaction_nsu", "is required")));
        }
        return parsed;
    }
}
