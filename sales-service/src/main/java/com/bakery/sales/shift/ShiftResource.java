package com.bakery.sales.shift;

import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.request.AuditDetail;
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
import java.util.UUID;

/**
 * The till's shift: open it with the float, pay cash in and out, close it with the count into its Z report. A till is
 * the one in the caller's token (switched in with a PIN); a sale or refund made on a till needs its shift open.
 */
@Path("/api/sales/shifts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftResource {

    private final ShiftService shifts;
    private final ShiftRepository repository;
    private final CurrentUser user;

    public ShiftResource(ShiftService shifts, ShiftRepository repository, CurrentUser user) {
        this.shifts = shifts;
        this.repository = repository;
        this.user = user;
    }

    @POST
    @RolesAllowed({ "cashier", "manager" })
    public Response open(@NotNull @Valid ShiftRequests.Open request) {
        Shift shift = shifts.open(user.tenant(), user.subject(), till(), request);
        return Response.status(Response.Status.CREATED).header("Location", "/api/sales/shifts/" + shift.id)
                .entity(ShiftView.of(shift, shifts.report(shift))).build();
    }

    /** The shift open on the caller's till, with its figures so far. */
    @GET
    @Path("/current")
    @RolesAllowed({ "cashier", "manager" })
    public ShiftView current() {
        TillRef till = till();
        Shift shift = repository.openOn(user.tenant(), till.id()).orElseThrow(() -> new ProblemException(404,
                "no_open_shift", "Not Found", "Till " + till.name() + " has no shift open."));
        return ShiftView.of(shift, shifts.report(shift));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "cashier", "manager", "auditor", "admin" })
    public ShiftView get(@PathParam("id") UUID id) {
        Shift shift = repository.getInTenant(user.tenant(), id);
        return ShiftView.of(shift, shifts.report(shift));
    }

    @POST
    @Path("/{id}/cash-movements")
    @RolesAllowed({ "cashier", "manager" })
    public Response move(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid ShiftRequests.Move request) {
        CashMovement movement = shifts.move(user.tenant(), user.subject(), id, key, request);
        return Response.status(Response.Status.CREATED).entity(new ZReport.Movement(movement.kind,
                movement.amountCents, movement.reason, movement.createdBy, movement.createdAt)).build();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ "cashier", "manager" })
    public Response close(@PathParam("id") UUID id, @NotNull @Valid ShiftRequests.Close request) {
        Shift shift = shifts.close(user.tenant(), user.subject(), id, request);
        // the Z's number and hash go into the gateway's audit chain too
        String audit = "{\"zNumber\":" + shift.zNumber + ",\"shiftId\":\"" + shift.id + "\",\"reportHash\":\""
                + shift.reportHash + "\"}";
        return Response.ok(ShiftView.of(shift, shifts.report(shift))).header(AuditDetail.HEADER, audit).build();
    }

    private TillRef till() {
        return TillRef.of(user).orElseThrow(ShiftService::noTill);
    }
}
