package com.bakery.payments.refund;

import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/payments/payments/{paymentId}/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RefundResource {

    private final RefundService refunds;
    private final Idempotency idempotency;
    private final CurrentUser user;

    public RefundResource(RefundService refunds, Idempotency idempotency, CurrentUser user) {
        this.refunds = refunds;
        this.idempotency = idempotency;
        this.user = user;
    }

    /** 201 with the refund: COMPLETED for cash, REFUND_REQUESTED with instructions for a card. */
    @POST
    @RolesAllowed({ "manager", "service" })
    public Response request(@PathParam("paymentId") long paymentId, @HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid RefundRequest request) {
        return idempotency.once(user.tenant(), key, "so a retry never refunds twice",
                "refund:" + paymentId, request, () -> {
            Refund refund = refunds.request(user.tenant(), user.subject(), paymentId, request);
            return Response.status(Response.Status.CREATED)
                    .header("Location", "/api/payments/payments/" + paymentId + "/refunds/" + refund.id)
                    .entity(RefundView.of(refund)).build();
        });
    }

    @GET
    @RolesAllowed({ "manager", "service", "cashier", "auditor" })
    public Page<RefundView> list(@PathParam("paymentId") long paymentId) {
        return new Page<>(refunds.list(user.tenant(), paymentId).stream().map(RefundView::of).toList(), null);
    }

    @GET
    @Path("/{refundId}")
    @RolesAllowed({ "manager", "service", "cashier", "auditor" })
    public RefundView get(@PathParam("paymentId") long paymentId, @PathParam("refundId") long refundId) {
        return RefundView.of(refunds.get(user.tenant(), paymentId, refundId));
    }

    @POST
    @Path("/{refundId}/confirm")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("manager")
    public RefundView confirm(@PathParam("paymentId") long paymentId, @PathParam("refundId") long refundId) {
        return RefundView.of(refunds.confirm(user.tenant(), user.subject(), paymentId, refundId));
    }

    @POST
    @Path("/{refundId}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("manager")
    public RefundView cancel(@PathParam("paymentId") long paymentId, @PathParam("refundId") long refundId) {
        return RefundView.of(refunds.cancel(user.tenant(), user.subject(), paymentId, refundId));
    }
}
