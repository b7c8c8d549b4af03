package com.bakery.inventory.alert;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import com.bakery.inventory.amount.Money;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialRepository;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Path("/api/inventory/alerts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    public record AlertView(long id, long materialId, String material, String unit, String status,
            BigDecimal onHand, BigDecimal minimum, Instant openedAt, Instant resolvedAt) {
    }

    private final MaterialRepository materials;
    private final LowStockAlertRepository alerts;
    private final CurrentUser user;

    public AlertResource(MaterialRepository materials, LowStockAlertRepository alerts, CurrentUser user) {
        this.materials = materials;
        this.alerts = alerts;
        this.user = user;
    }

    /** Open alerts by default; {@code status=RESOLVED} for the history. */
    @GET
    public Page<AlertView> list(
            @QueryParam("status") @DefaultValue("OPEN") @Pattern(regexp = "OPEN|RESOLVED",
                    message = "must be OPEN or RESOLVED") String status,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        List<LowStockAlert> rows = alerts.page(user.tenant(), LowStockAlert.Status.valueOf(status), after,
                limit + 1);
        return Page.of(rows, limit, a -> a.id, this::view);
    }

    private AlertView view(LowStockAlert a) {
        Material m = materials.getInTenant(user.tenant(), a.materialId);
        return new AlertView(a.id, m.id, m.name, m.unit.code(), a.status.name(), Money.plain(m.onHand),
                Money.plain(m.minimumQuantity), a.openedAt, a.resolvedAt);
    }
}
