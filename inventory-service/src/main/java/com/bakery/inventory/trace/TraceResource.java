package com.bakery.inventory.trace;

import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A recall in one query: {@code ?materialBatch=} forward to the sales, or {@code ?sale=} back to the batches. */
@Path("/api/inventory/trace")
@RolesAllowed({ "manager", "admin", "auditor", "baker" })
@Produces(MediaType.APPLICATION_JSON)
public class TraceResource {

    private final TraceService traces;
    private final CurrentUser user;

    public TraceResource(TraceService traces, CurrentUser user) {
        this.traces = traces;
        this.user = user;
    }

    @GET
    public Trace trace(@QueryParam("materialBatch") String materialBatch, @QueryParam("sale") String sale) {
        boolean byBatch = materialBatch != null && !materialBatch.isBlank();
        boolean bySale = sale != null && !sale.isBlank();
        if (byBatch == bySale) {
            throw ProblemException.invalid("materialBatch", "or sale is required, not both");
        }
        if (bySale) {
            if (sale.length() > 100) {
                throw ProblemException.invalid("sale", "must be a sale id");
            }
            return traces.fromSale(user.tenant(), sale.strip());
        }
        long batchId;
        try {
            batchId = Long.parseLong(materialBatch);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("materialBatch", "must be a batch id (a number)");
        }
        return traces.fromBatch(user.tenant(), batchId);
    }
}
