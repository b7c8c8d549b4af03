package com.bakery.inventory.reservation;

import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The stock side of the checkout saga: reserve, then commit or release, keyed by the sale id. Only the saga takes
 * these steps (sales-service, with a service token of the tenant): a cashier or manager reaching them directly
 * could hold stock no sale pays for, or take it without one. Staff may read a reservation.
 */
@Path("/api/inventory/reservations")
@RolesAllowed("service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationResource {

    private final ReservationService service;
    private final CurrentUser user;

    public ReservationResource(ReservationService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    /** 201 when created; 200 with the same reservation when this sale already reserved the same lines. */
    @POST
    public Response reserve(@NotNull @Valid ReservationRequest request) {
        ReservationService.Outcome outcome = service.reserve(user.tenant(), request, user.subject());
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .header("Location", "/api/inventory/reservations/" + request.saleId())
                .entity(ReservationView.of(outcome.reservation())).build();
    }

    @GET
    @Path("/{saleId}")
    @RolesAllowed({ "service", "manager", "cashier", "auditor" })
    public ReservationView get(@PathParam("saleId") String saleId) {
        return ReservationView.of(service.get(user.tenant(), saleId));
    }

    @POST
    @Path("/{saleId}/commit")
    @Consumes(MediaType.WILDCARD)
    public ReservationView commit(@PathParam("saleId") String saleId) {
        return ReservationView.of(service.commit(user.tenant(), saleId));
    }

    @POST
    @Path("/{saleId}/release")
    @Consumes(MediaType.WILDCARD)
    public ReservationView release(@PathParam("saleId") String saleId) {
        return ReservationView.of(service.release(user.tenant(), saleId));
    }
}
