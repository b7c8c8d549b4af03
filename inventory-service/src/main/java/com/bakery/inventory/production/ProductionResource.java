package com.bakery.inventory.production;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.problem.ProblemException;
import io.quarkus.security.Authenticated;
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
import java.time.LocalDate;

@Path("/api/inventory/production-runs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductionResource {

    private final ProductionService service;
    private final Idempotency idempotency;
    private final CurrentUser user;

    public ProductionResource(ProductionService service, Idempotency idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({ "manager", "baker" })
    public Response run(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ProductionRequest request) {
        return idempotency.once(user.tenant(), idempotencyKey, "so a retried stock move counts once",
                "production-run", request, () -> {
            if (request.useExpiredBecause() != null && !user.groups().contains("manager")) {
                throw ProblemException.forbidden("expired_override_needs_manager",
                        "Only a manager may bake with expired ingredients.");
            }
            ProductionRun run = service.run(user.tenant(), request, user.subject());
            return Response.status(Response.Status.CREATED).header("Location", "/api/inventory/production-runs/" + run.id)
                    .entity(ProductionRunView.of(run)).build();
        });
    }

    @GET
    public Page<ProductionRunView> list(@QueryParam("date") LocalDate date,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return service.list(user.tenant(), date, after, limit);
    }

    @GET
    @Path("/{id}")
    public ProductionRunView get(@PathParam("id") long id) {
        return ProductionRunView.of(service.get(user.tenant(), id));
    }
}
