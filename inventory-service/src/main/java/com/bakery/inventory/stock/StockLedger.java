package com.bakery.inventory.stock;

import com.bakery.inventory.alert.LowStockAlerts;
import com.bakery.inventory.amount.Money;
import com.bakery.inventory.material.Material;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Writes a ledger row and moves the material's running totals with it, so "quantity after" and "value after" on
 * every row are the material's totals at that point. Callers hold the material's row lock.
 */
@ApplicationScoped
public class StockLedger {

    private final LowStockAlerts alerts;
    private final StockMovementRepository movements;
    private final Event<BatchesMoved> moved;

    public StockLedger(LowStockAlerts alerts, StockMovementRepository movements, Event<BatchesMoved> moved) {
        this.alerts = alerts;
        this.movements = movements;
        this.moved = moved;
    }

    public StockMovement record(Material material, StockMovement.Kind kind, String reason, String reference,
            List<MovementBatch> touched, String actor) {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (MovementBatch t : touched) {
            quantity = quantity.add(t.quantity());
            value = value.add(Money.value(t.quantity(), t.unitCostCents()));
        }
        material.onHand = material.onHand.add(quantity);
        material.stockValue = material.stockValue.add(value);
        material.updatedAt = Instant.now();

        StockMovement row = new StockMovement();
        row.materialId = material.id;
        row.kind = kind;
        row.moved(material.tenantId, reason, reference, quantity, value, material.onHand, material.stockValue, actor);
        row.batches.addAll(touched);
        movements.persist(row);
        alerts.evaluate(material);
        moved.fire(new BatchesMoved(material.tenantId, material.id,
                touched.stream().map(MovementBatch::batchId).toList()));
        return row;
    }
}
