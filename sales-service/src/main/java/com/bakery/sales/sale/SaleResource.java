package com.bakery.sales.sale;

import com.bakery.common.page.Page;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.saga.CheckoutSaga;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/sales/sales")
@RolesAllowed({ "cashier", "manager", "auditor", "service" })
@Produces(MediaType.APPLICATION_JSON)
public class SaleResource {

    private final SaleRepository sales;
    private final CheckoutSaga saga;
    private final CurrentUser user;
    private final JsonWebToken jwt;

    public SaleResource(SaleRepository sales, CheckoutSaga saga, CurrentUser user, JsonWebToken jwt) {
        this.sales = sales;
        this.saga = saga;
        this.user = user;
        this.jwt = jwt;
    }

    /** The sale with its saga history; a till polls this while a card payment is PENDING. */
    @GET
    @Path("/{id}")
    public SaleView get(@PathParam("id") String id) {
        return SaleView.withHistory(sales.getInTenant(user.tenant(), id));
    }

    /** A card sale still waiting for the buyer is given up (the card was declined, the buyer left). */
    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ "cashier", "manager" })
    public SaleView cancel(@PathParam("id") String id) {
        Sale sale = sales.getInTenant(user.tenant(), id);
        saga.cancel(sale.id, Caller.bearer(user.tenant(), jwt.getRawToken()));
        return SaleView.of(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> sales.findById(sale.id)));
    }

    /** Newest first; {@code next} is the cursor for the following page ({@code before}). */
    @GET
    public Page<SaleView> list(@QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("before") String before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        List<Sale> rows = sales.page(user.tenant(), statusOf(status), instant("from", from, Instant.EPOCH),
                instant("to", to, Instant.parse("9999-12-31T00:00:00Z")),
                instant("before", before, Instant.parse("9999-12-31T00:00:00Z")), limit + 1);
        boolean more = rows.size() > limit;
        List<Sale> shown = more ? rows.subList(0, limit) : rows;
        return new Page<>(shown.stream().map(SaleView::of).toList(),
                more ? shown.get(shown.size() - 1).createdAt.toString() : null);
    }

    private static Sale.Status statusOf(String status) {
        try {
            return status == null ? null : Sale.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be PENDING, COMPLETED or FAILED");
        }
    }

    private static Instant instant(String field, String value, Instant otherwise) {
        try {
            return value == null ? otherwise : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant such as 2026-11-22T10:00:00Z");
        }
    }

}
