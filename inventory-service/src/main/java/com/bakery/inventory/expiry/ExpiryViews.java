package com.bakery.inventory.expiry;

import com.bakery.inventory.amount.Money;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.stock.Batch;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How expiring batches and their alerts look to clients: {@code daysLeft} is negative once expired. */
final class ExpiryViews {

    private ExpiryViews() {
    }

    record ExpiringBatch(long batchId, long materialId, String material, String unit, BigDecimal remaining,
            long valueCents, LocalDate expiresOn, long daysLeft, boolean expired, String supplierLot) {

        static ExpiringBatch of(Batch b, Material m, LocalDate today) {
            long left = ChronoUnit.DAYS.between(today, b.expiresOn);
            return new ExpiringBatch(b.id, m.id, m.name, m.unit.code(), Money.plain(b.remaining),
                    Money.cents(Money.value(b.remaining, b.unitCostCents)), b.expiresOn, left, left < 0,
                    b.supplierLot);
        }
    }

    record AlertView(long id, ExpiryAlert.Status status, ExpiringBatch batch, BigDecimal remainingAtOpen,
            Instant openedAt, Instant resolvedAt) {

        static AlertView of(ExpiryAlert a, Batch b, Material m, LocalDate today) {
            return new AlertView(a.id, a.status, ExpiringBatch.of(b, m, today), Money.plain(a.remainingAtOpen),
                    a.openedAt, a.resolvedAt);
        }
    }
}
