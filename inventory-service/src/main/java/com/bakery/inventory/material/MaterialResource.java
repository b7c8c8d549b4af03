package com.bakery.inventory.material;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/inventory/materials")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaterialResource {

    private final MaterialService service;
    private final CurrentUser user;

    public MaterialResource(MaterialService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    public Page<MaterialView> list(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return service.list(user.tenant(), after, limit);
    }

    @GET
    @Path("/{id}")
    public MaterialView get(@PathParam("id") long id) {
        return MaterialView.of(service.get(user.tenant(), id));
    }

    @POST
    @RolesAllowed({ "admin", "manager" })
    public Response create(@NotNull @Valid MaterialRequest request) {
        Material m = service.create(user.tenant(), request);
        // a relative Location: behind the gateway, the service's own host means nothing to the client
        return Response.status(Response.Status.CREATED).header("Location", "/api/inventory/materials/" + m.id)
                .entity(MaterialView.of(m)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    public MaterialView update(@PathParam("id") long id, @NotNull @Valid MaterialRequest request) {
        return MaterialView.of(service.update(user.tenant(), id, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    public Response delete(@PathParam("id") long id) {
        service.delete(user.tenant(), id);
        return Response.noContent().build();
    }
}
