package com.bakery.inventory.alert;

import com.bakery.common.outbox.Outbox;
import com.bakery.inventory.amount.Money;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialUses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Opens an alert when a material is below its minimum and none is open, resolves it when stock is back at or above
 * the minimum. Called after every stock movement and minimum change, under the material's lock, so two movements
 * cannot open two alerts (a unique index backs that up). Each change is also an outbox event.
 */
@ApplicationScoped
public class LowStockAlerts {

    public static final String OPENED = "inventory.low-stock.opened";
    public static final String RESOLVED = "inventory.low-stock.resolved";

    private final Outbox outbox;
    private final LowStockAlertRepository alerts;

    public LowStockAlerts(Outbox outbox, LowStockAlertRepository alerts) {
        this.outbox = outbox;
        this.alerts = alerts;
    }

    public void evaluate(Material material) {
        boolean low = material.onHand.compareTo(material.minimumQuantity) < 0;
        Optional<LowStockAlert> open = alerts.openFor(material.id);
        if (low && open.isEmpty()) {
            LowStockAlert alert = new LowStockAlert();
            alert.tenantId = material.tenantId;
            alert.materialId = material.id;
            alert.onHandAtOpen = material.onHand;
            alert.minimum = material.minimumQuantity;
            alerts.persist(alert);
            publish(OPENED, alert, material);
        } else if (!low && open.isPresent()) {
            LowStockAlert alert = open.get();
            alert.status = LowStockAlert.Status.RESOLVED;
            alert.resolvedAt = Instant.now();
            publish(RESOLVED, alert, material);
        }
    }

    void onChange(@Observes MaterialUses.Changed change) {
        evaluate(change.material());
    }

    /** A material's alerts go with it (only a material that never held stock can go). */
    void onDeleting(@Observes MaterialUses.Deleting deleting) {
        alerts.deleteForMaterial(deleting.materialId());
    }

    private void publish(String type, LowStockAlert alert, Material material) {
        outbox.add(material.tenantId, type, "material:" + material.id, Map.of(
                "alertId", alert.id,
                "materialId", material.id,
                "material", material.name,
                "unit", material.unit.code(),
                "onHand", Money.plain(material.onHand),
                "minimum", Money.plain(material.minimumQuantity)));
    }
}
