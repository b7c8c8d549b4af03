package com.bakery.inventory.recipe;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/inventory/recipes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecipeResource {

    private final RecipeService service;
    private final RecipeCost cost;
    private final CurrentUser user;

    public RecipeResource(RecipeService service, RecipeCost cost, CurrentUser user) {
        this.cost = cost;
        this.service = service;
        this.user = user;
    }

    @GET
    public Page<RecipeView> list(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return service.list(user.tenant(), after, limit);
    }

    @GET
    @Path("/{id}")
    public RecipeView get(@PathParam("id") long id) {
        return RecipeView.of(service.get(user.tenant(), id));
    }

    /** What one batch costs if made now (FIFO), and per unit of the product. */
    @GET
    @Path("/{id}/cost")
    public RecipeCostView cost(@PathParam("id") long id) {
        return cost.of(user.tenant(), id);
    }

    @POST
    @RolesAllowed({ "admin", "manager", "baker" })
    public Response create(@NotNull @Valid RecipeRequest request) {
        Recipe r = service.create(user.tenant(), request);
        return Response.status(Response.Status.CREATED).header("Location", "/api/inventory/recipes/" + r.id)
                .entity(RecipeView.of(r)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager", "baker" })
    public RecipeView update(@PathParam("id") long id, @NotNull @Valid RecipeRequest request) {
        return RecipeView.of(service.update(user.tenant(), id, request));
    }
}
