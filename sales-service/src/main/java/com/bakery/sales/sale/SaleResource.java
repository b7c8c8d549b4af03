package com.bakery.sales.sale;

import com.bakery.common.page.Page;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/sales/sales")
@RolesAllowed({ "cashier", "manager", "auditor", "service" })
@Produces(MediaType.APPLICATION_JSON)
public class SaleResource {

    private final SaleRepository sales;
    private final CurrentUser user;

    public SaleResource(SaleRepository sales, CurrentUser user) {
        this.sales = sales;
        this.user = user;
    }

    /** The sale with its saga history; a till polls this while a card payment is PENDING. */
    @GET
    @Path("/{id}")
    public SaleView get(@PathParam("id") String id) {
        return SaleView.withHistory(sales.getInTenant(user.tenant(), id));
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
