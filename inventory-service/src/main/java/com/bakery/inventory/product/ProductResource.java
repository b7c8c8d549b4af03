package com.bakery.inventory.product;

import com.bakery.common.idempotency.Idempotency;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/inventory/products")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductService service;
    private final Idempotency idempotency;
    private final CurrentUser user;

    public ProductResource(ProductService service, Idempotency idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    /** Units a customer brought back (a refund with restock): 201 with the product, its stock now higher. */
    @POST
    @Path("/{id}/returns")
    @RolesAllowed({ "manager", "service" })
    public Response returned(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid ProductReturnRequest request) {
        return idempotency.once(user.tenant(), key, "so a retried stock move counts once",
                "product-return:" + id, request, () -> Response
                .status(Response.Status.CREATED).entity(ProductView.of(service.addReturned(user.tenant(), id,
                        request, user.subject()))).build());
    }

    /** Goods bought in arrive as a batch with their cost: 201 with the product, its stock now higher. */
    @POST
    @Path("/{id}/batches")
    @RolesAllowed({ "manager", "baker" })
    public Response received(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid ProductBatchRequest request) {
        return idempotency.once(user.tenant(), key, "so a retried stock move counts once",
                "product-batch:" + id, request, () -> Response.status(Response.Status.CREATED)
                        .entity(ProductView.of(service.receive(user.tenant(), id, request, user.subject()))).build());
    }

    @GET
    public Page<ProductView> list(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return service.list(user.tenant(), after, limit);
    }

    @GET
    @Path("/{id}")
    public ProductView get(@PathParam("id") long id) {
        return ProductView.of(service.get(user.tenant(), id));
    }

    /** Every change of the product's stock, oldest first. */
    @GET
    @Path("/{id}/ledger")
    public Page<ProductLedgerEntryView> ledger(@PathParam("id") long id,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return service.ledger(user.tenant(), id, after, limit);
    }

    /** The units on the shelf by run: baked when, spoiling when, oldest (next to sell) first. */
    @GET
    @Path("/{id}/shelf")
    public List<ProductLayerView> shelf(@PathParam("id") long id) {
        return service.shelf(user.tenant(), id);
    }

    @POST
    @RolesAllowed({ "admin", "manager" })
    public Response create(@NotNull @Valid ProductRequest request) {
        Product p = service.create(user.tenant(), request);
        return Response.status(Response.Status.CREATED).header("Location", "/api/inventory/products/" + p.id)
                .entity(ProductView.of(p)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    public ProductView update(@PathParam("id") long id, @NotNull @Valid ProductRequest request) {
        return ProductView.of(service.update(user.tenant(), id, request));
    }
}
