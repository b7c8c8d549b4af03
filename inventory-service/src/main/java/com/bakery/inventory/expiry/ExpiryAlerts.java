package com.bakery.inventory.expiry;

import com.bakery.common.outbox.Outbox;
import com.bakery.inventory.amount.Money;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialRepository;
import com.bakery.inventory.stock.Batch;
import com.bakery.inventory.stock.BatchRepository;
import com.bakery.inventory.stock.BatchesMoved;
import com.bakery.inventory.stock.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens an alert, once per batch, when a batch with stock left comes within the warning days of its expiry (the
 * sweep, and every receipt, look); resolves it when the batch is used up or written off. Each change is an outbox
 * event on the inventory stream, like the low-stock alerts beside it.
 */
@ApplicationScoped
@Transactional
public class ExpiryAlerts {

    public static final String OPENED = "inventory.batch-expiring.opened";
    public static final String RESOLVED = "inventory.batch-expiring.resolved";

    private final ExpiryAlertRepository alerts;
    private final BatchRepository batches;
    private final MaterialRepository materials;
    private final Outbox outbox;
    private final Expiry expiry;
    private final EntityManager em;

    public ExpiryAlerts(ExpiryAlertRepository alerts, BatchRepository batches, MaterialRepository materials,
            Outbox outbox, Expiry expiry, EntityManager em) {
        this.alerts = alerts;
        this.batches = batches;
        this.materials = materials;
        this.outbox = outbox;
        this.expiry = expiry;
        this.em = em;
    }

    /** Opens the alerts due now, in every tenant; returns how many. Replicas may run it at once: see below. */
    public int openDue() {
        @SuppressWarnings("unchecked")
        List<Long> due = em.createNativeQuery("""
                SELECT b.id FROM batch b WHERE b.remaining > 0 AND b.expires_on <= :last
                    AND NOT EXISTS (SELECT 1 FROM expiry_alert a WHERE a.batch_id = b.id)
                ORDER BY b.expires_on, b.id LIMIT 500""", Long.class)
                .setParameter("last", expiry.warnThrough()).getResultList();
        int opened = 0;
        for (long id : due) {
            opened += open(id) ? 1 : 0;
        }
        return opened;
    }

    /** A receipt of a batch already close to its expiry is alerted at once; a used-up batch's alert resolves. */
    void onMoved(@Observes BatchesMoved moved) {
        Map<Long, ExpiryAlert> open = new HashMap<>();
        alerts.openForBatches(moved.batchIds()).forEach(a -> open.put(a.batchId, a));
        for (long id : moved.batchIds()) {
            Batch batch = batches.findById(id);
            ExpiryAlert alert = open.get(id);
            if (alert != null && batch.remaining.signum() == 0) {
                alert.status = ExpiryAlert.Status.RESOLVED;
                alert.resolvedAt = Instant.now();
                publish(RESOLVED, alert, batch);
            } else if (alert == null && batch.remaining.signum() > 0 && batch.expiresOn != null
                    && !batch.expiresOn.isAfter(expiry.warnThrough())) {
                open(id);
            }
        }
    }

    /** Opens the batch's alert unless it has had one; replicas racing to open it insert it once (unique index). */
    private boolean open(long batchId) {
        em.flush(); // the batch's remaining as this transaction left it
        int inserted = em.createNativeQuery("""
                INSERT INTO expiry_alert (tenant_id, material_id, batch_id, status, expires_on, remaining_at_open)
                SELECT tenant_id, material_id, id, 'OPEN', expires_on, remaining FROM batch WHERE id = :id
                ON CONFLICT (batch_id) DO NOTHING""").setParameter("id", batchId).executeUpdate();
        if (inserted == 1) {
            publish(OPENED, alerts.find("batchId", batchId).firstResult(), batches.findById(batchId));
        }
        return inserted == 1;
    }

    private void publish(String type, ExpiryAlert alert, Batch batch) {
        Material material = materials.findById(batch.materialId);
        outbox.add(batch.tenantId, type, "batch:" + batch.id, Map.of(
                "alertId", alert.id,
                "batchId", batch.id,
                "materialId", material.id,
                "material", material.name,
                "unit", material.unit.code(),
                "remaining", Money.plain(batch.remaining),
                "expiresOn", batch.expiresOn.toString()));
    }
}
