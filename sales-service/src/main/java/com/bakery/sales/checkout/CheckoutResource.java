package com.bakery.sales.checkout;

import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.sale.FailureCode;
import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleView;
import com.bakery.sales.shift.TillRef;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The point of sale. 201 COMPLETED; 202 PENDING while a card payment awaits the buyer (show {@code checkoutUrl}
 * as a QR code and poll the sale); a failed sale is a problem whose code says why, with the sale's id.
 */
@Path("/api/sales/checkout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckoutResource {

    private final CheckoutService checkout;
    private final CurrentUser user;
    private final JsonWebToken jwt;

    public CheckoutResource(CheckoutService checkout, CurrentUser user, JsonWebToken jwt) {
        this.checkout = checkout;
        this.user = user;
        this.jwt = jwt;
    }

    @POST
    @RolesAllowed({ "cashier", "manager" })
    public Response checkout(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid CheckoutRequest request) {
        CheckoutService.Outcome outcome = checkout.checkout(Caller.bearer(user.tenant(), jwt.getRawToken()),
                user.subject(), TillRef.of(user).orElse(null), key, request);
        Sale sale = outcome.sale();
        if (sale.status == Sale.Status.FAILED) {
            throw failed(sale);
        }
        Response.Status status = sale.status == Sale.Status.PENDING ? Response.Status.ACCEPTED
                : outcome.created() ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).header("Location", "/api/sales/sales/" + sale.id)
                .entity(SaleView.of(sale)).build();
    }

    private static ProblemException failed(Sale sale) {
        FailureCode code = sale.failureCode;
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("saleId", sale.id);
        extensions.put("status", sale.status);
        if (sale.failureDetail != null && code == FailureCode.INSUFFICIENT_STOCK) {
            extensions.put("shortfalls", new RawValue(sale.failureDetail));
        }
        // a failed sale always has its code; a sale failed without one would be a bug, answered as unprocessable
        int status = code == null ? 422 : code.status();
        return new ProblemException(status, code == null ? "sale_failed" : code.code(), title(status),
                sale.failureReason, extensions);
    }

    private static String title(int status) {
        return switch (status) {
            case 409 -> "Conflict";
            case 402 -> "Payment Required";
            case 503 -> "Service Unavailable";
            default -> "Unprocessable Content";
        };
    }
}
