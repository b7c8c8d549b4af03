package com.bakery.inventory.waste;

import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import com.bakery.inventory.day.DayParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Goods thrown away: written off by hand or because they spoiled, and what that cost over a period. */
@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WasteResource {

    static final int MAX_DAYS = 366;
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final Spoilage spoilage;
    private final WasteReports reports;
    private final Idempotency idempotency;
    private final CurrentUser user;

    public WasteResource(Spoilage spoilage, WasteReports reports, Idempotency idempotency, CurrentUser user) {
        this.spoilage = spoilage;
        this.reports = reports;
        this.idempotency = idempotency;
        this.user = user;
    }

    /** Throws units away for a reason: 201 with the ledger row. */
    @POST
    @Path("/write-offs")
    @RolesAllowed({ "manager", "baker" })
    public Response writeOff(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid WriteOffRequest request) {
        return idempotency.once(user.tenant(), key, "so a retried write-off counts once", "write-off", request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(WriteOffView.of(spoilage.writeOff(user.tenant(), request, user.subject()))).build());
    }

    /** Writes off every unit past best-before now, as the sweep would: 200 with what went. */
    @POST
    @Path("/write-offs/spoiled")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ "manager", "baker" })
    public List<WriteOffView> writeOffSpoiled() {
        return spoilage.writeOffAllSpoiled(user.tenant(), Instant.now(), user.subject()).stream()
                .map(WriteOffView::of).toList();
    }

    /** Waste from {@code from} to {@code to} (days, both included) of {@code zone} (UTC when absent). */
    @GET
    @Path("/waste")
    @RolesAllowed({ "manager", "baker", "admin", "auditor", "service" })
    public WasteReport waste(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("zone") String zone) {
        LocalDate first = DayParams.day("from", from);
        LocalDate last = DayParams.day("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.invalid("to", "must be within " + MAX_DAYS + " days of from");
        }
        return reports.report(user.tenant(), first, last, DayParams.zone("zone", zone, UTC));
    }
}
