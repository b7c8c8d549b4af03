package com.bakery.inventory.stock;

import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import com.bakery.inventory.material.MaterialRepository;
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

@Path("/api/inventory/materials/{materialId}/batches")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchResource {

    private final StockService stock;
    private final BatchRepository batches;
    private final MaterialRepository materials;
    private final Idempotency idempotency;
    private final CurrentUser user;

    public BatchResource(StockService stock, BatchRepository batches, MaterialRepository materials,
            Idempotency idempotency, CurrentUser user) {
        this.stock = stock;
        this.batches = batches;
        this.materials = materials;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({ "manager", "baker" })
    public Response receive(@PathParam("materialId") long materialId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid BatchRequest request) {
        return idempotency.once(user.tenant(), idempotencyKey, "so a retried stock move counts once",
                "receive-batch:" + materialId, request, () -> {
            Batch batch = stock.receive(user.tenant(), materialId, request, user.subject());
            return Response.status(Response.Status.CREATED).entity(BatchView.of(batch)).build();
        });
    }

    @GET
    public Page<BatchView> list(@PathParam("materialId") long materialId,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        materials.getInTenant(user.tenant(), materialId);
        return Page.of(batches.page(user.tenant(), materialId, after, limit + 1), limit, b -> b.id, BatchView::of);
    }
}
