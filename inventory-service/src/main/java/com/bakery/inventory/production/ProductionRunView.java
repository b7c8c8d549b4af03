package com.bakery.inventory.production;

import com.bakery.inventory.amount.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A run with its cost breakdown per ingredient. */
public record ProductionRunView(long id, long recipeId, long productId, int batches, BigDecimal unitsProduced,
        long materialCostCents, long unitCostCents, List<Line> lines, Instant bakedAt, String expiredOverride,
        String createdBy, Instant createdAt) {

    public record Line(long materialId, BigDecimal quantity, long costCents, long ledgerEntryId) {
    }

    public static ProductionRunView of(ProductionRun run) {
        return new ProductionRunView(run.id, run.recipeId, run.productId, run.batches, Money.plain(run.unitsProduced),
                Money.cents(run.materialCost), Money.cents(run.unitCost),
                run.lines.stream().map(l -> new Line(l.materialId(), Money.plain(l.quantity()), Money.cents(l.cost()),
                        l.movementId())).toList(),
                run.bakedAt, run.expiredOverride, run.createdBy, run.createdAt);
    }
}
