package com.bakery.payments.payment;

import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.page.Page;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

@Path("/api/payments/payments")
@RolesAllowed({ "service", "manager", "cashier", "auditor" })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final PaymentService service;
    private final PaymentRepository payments;
    private final CurrentUser user;
    private final PaymentHistory history;

    public PaymentResource(PaymentService service, PaymentRepository payments, CurrentUser user,
            PaymentHistory history) {
        this.service = service;
        this.payments = payments;
        this.user = user;
        this.history = history;
    }

    /**
     * 201 with the payment (cash: CAPTURED; card: PENDING with the checkout URL to show as a QR code); 200 with the
     * same payment, as it is now, when the Idempotency-Key was seen before with the same request. When the
     * provider could not create the link the payment is FAILED and the answer is 503 (unavailable) or 502
     * (refused), with the payment's id.
     */
    @POST
    @RolesAllowed({ "service", "manager", "cashier" })
    public Response create(@HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid PaymentRequest request) {
        PaymentService.Outcome outcome = service.create(user.tenant(), user.subject(), key, request);
        Payment payment = outcome.payment();
        if (payment.status == PaymentStatus.FAILED && "provider_unavailable".equals(payment.failureCode)) {
            throw ProblemException.unavailable("provider_unavailable", payment.failureReason,
                    Map.of("paymentId", payment.id, "status", payment.status));
        }
        if (payment.status == PaymentStatus.FAILED && "provider_rejected".equals(payment.failureCode)) {
            throw new ProblemException(502, "provider_rejected", "Bad Gateway", payment.failureReason,
                    Map.of("paymentId", payment.id, "status", payment.status));
        }
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .header("Location", "/api/payments/payments/" + payment.id)
                .entity(PaymentView.of(payment)).build();
    }

    /** Gives up on a PENDING card payment: it becomes FAILED with code {@code cancelled}. */
    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ "service", "manager", "cashier" })
    public PaymentView cancel(@PathParam("id") long id) {
        return PaymentView.of(service.cancel(user.tenant(), user.subject(), id));
    }

    /** The payment with its history: every attempt, webhook, status check and state change. */
    @GET
    @Path("/{id}")
    public PaymentView get(@PathParam("id") long id) {
        Payment payment = payments.getInTenant(user.tenant(), id);
        return PaymentView.withHistory(payment, history.of(payment));
    }

    @GET
    public Page<PaymentView> list(@QueryParam("reference") String reference,
            @QueryParam("status") String status,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(payments.page(user.tenant(), reference, statusOf(status), after, limit + 1), limit,
                p -> p.id, PaymentView::of);
    }

    private static PaymentStatus statusOf(String status) {
        if (status == null) {
            return null;
        }
        try {
            return PaymentStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status",
                    "must be one of " + java.util.Arrays.toString(PaymentStatus.values()));
        }
    }
}
