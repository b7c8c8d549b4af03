package com.bakery.inventory.expiry;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import com.bakery.inventory.material.MaterialRepository;
import com.bakery.inventory.stock.BatchRepository;
import com.bakery.inventory.stock.Expiry;
import com.bakery.inventory.stock.LedgerEntryView;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** Ingredients near or past their expiry: the alerts, the expiring-soon list, and writing off what expired. */
@Path("/api/inventory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ExpiryResource {

    private final ExpiryAlertRepository alerts;
    private final ExpiredBatches expired;
    private final BatchRepository batches;
    private final MaterialRepository materials;
    private final Expiry expiry;
    private final CurrentUser user;

    public ExpiryResource(ExpiryAlertRepository alerts, ExpiredBatches expired, BatchRepository batches,
            MaterialRepository materials, Expiry expiry, CurrentUser user) {
        this.alerts = alerts;
        this.expired = expired;
        this.batches = batches;
        this.materials = materials;
        this.expiry = expiry;
        this.user = user;
    }

    /** Open expiry alerts by default, soonest expiry first; {@code status=RESOLVED} for the history. */
    @GET
    @Path("/expiry-alerts")
    public Page<ExpiryViews.AlertView> alerts(
            @QueryParam("status") @DefaultValue("OPEN") @Pattern(regexp = "OPEN|RESOLVED",
                    message = "must be OPEN or RESOLVED") String status,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        LocalDate today = expiry.today();
        return Page.of(alerts.page(user.tenant(), ExpiryAlert.Status.valueOf(status), after, limit + 1), limit,
                a -> a.id, a -> ExpiryViews.AlertView.of(a, batches.findById(a.batchId),
                        materials.getInTenant(user.tenant(), a.materialId), today));
    }

    /** Batches with stock left that expire within {@code withinDays} days (0: today), expired ones included. */
    @GET
    @Path("/batches/expiring")
    public List<ExpiryViews.ExpiringBatch> expiring(
            @QueryParam("withinDays") @DefaultValue("7") @Min(0) @Max(366) int withinDays) {
        LocalDate today = expiry.today();
        return expired.expiringWithin(user.tenant(), withinDays).stream()
                .map(b -> ExpiryViews.ExpiringBatch.of(b, materials.getInTenant(user.tenant(), b.materialId), today))
                .toList();
    }

    /** Throws away what is left of every expired batch: one WASTE ledger row per material. */
    @POST
    @Path("/write-offs/expired-batches")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ "manager", "baker" })
    public List<LedgerEntryView> writeOffExpired() {
        return expired.writeOff(user.tenant(), user.subject()).stream().map(LedgerEntryView::of).toList();
    }
}
