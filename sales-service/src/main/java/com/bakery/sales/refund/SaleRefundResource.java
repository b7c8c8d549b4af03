package com.bakery.sales.refund;

import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.sale.SaleRepository;
import com.bakery.sales.shift.TillRef;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/sales/sales/{saleId}/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SaleRefundResource {

    /** A refund, with its credit note's number (none for refunds made before credit notes were numbered). */
    public record RefundView(Long id, Long creditNoteNumber, UUID saleId, long amountCents, boolean restock,
            String reason, Long paymentRefundId, String paymentRefundStatus, String instructions, String createdBy,
            Instant createdAt) {

        static RefundView of(SaleRefund r) {
            return new RefundView(r.id, r.creditNoteNumber, r.saleId, r.amountCents, r.restock, r.reason,
                    r.paymentRefundId, r.paymentRefundStatus, r.instructions, r.createdBy, r.createdAt);
        }
    }

    private final SaleRefundService refunds;
    private final SaleRepository sales;
    private final Idempotency idempotency;
    private final CurrentUser user;
    private final JsonWebToken jwt;
    private final SaleRefundRepository rows;

    public SaleRefundResource(SaleRefundService refunds, SaleRepository sales, Idempotency idempotency,
            CurrentUser user, JsonWebToken jwt, SaleRefundRepository rows) {
        this.refunds = refunds;
        this.sales = sales;
        this.idempotency = idempotency;
        this.user = user;
        this.jwt = jwt;
        this.rows = rows;
    }

    /** 201 with the refund; a card refund is REFUND_REQUESTED in payments until a manager confirms it there. */
    @POST
    @RolesAllowed("manager")
    public Response refund(@PathParam("saleId") String saleId, @HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid SaleRefundRequest request) {
        return idempotency.once(user.tenant(), key, "so a retry never refunds twice",
                "sale-refund:" + saleId, request, () -> {
            SaleRefund refund = refunds.refund(Caller.bearer(user.tenant(), jwt.getRawToken()), user.subject(),
                    TillRef.of(user).orElse(null), saleId, key, request);
            return Response.status(Response.Status.CREATED).entity(RefundView.of(refund)).build();
        });
    }

    @GET
    @RolesAllowed({ "manager", "auditor", "cashier", "service" })
    public Page<RefundView> list(@PathParam("saleId") String saleId) {
        UUID id = sales.getInTenant(user.tenant(), saleId).id;
        return new Page<>(rows.ofSale(id).stream().map(RefundView::of).toList(), null);
    }
}
