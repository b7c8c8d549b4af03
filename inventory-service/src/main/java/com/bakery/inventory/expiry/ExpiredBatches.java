package com.bakery.inventory.expiry;

import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialRepository;
import com.bakery.inventory.stock.Batch;
import com.bakery.inventory.stock.BatchRepository;
import com.bakery.inventory.stock.Expiry;
import com.bakery.inventory.stock.MovementBatch;
import com.bakery.inventory.stock.StockLedger;
import com.bakery.inventory.stock.StockMovement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Ingredient batches past their expiry: what is left of them, and throwing it away as WASTE at its cost. */
@ApplicationScoped
@Transactional
public class ExpiredBatches {

    static final int MAX_LISTED = 500;

    private final BatchRepository batches;
    private final MaterialRepository materials;
    private final StockLedger ledger;
    private final Expiry expiry;

    public ExpiredBatches(BatchRepository batches, MaterialRepository materials, StockLedger ledger, Expiry expiry) {
        this.batches = batches;
        this.materials = materials;
        this.ledger = ledger;
        this.expiry = expiry;
    }

    /** Open batches that expire within {@code days} days (0: today), soonest (and expired) first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Batch> expiringWithin(String tenant, int days) {
        return batches.expiringBy(tenant, expiry.today().plusDays(days), MAX_LISTED);
    }

    /** One WASTE row per material, emptying each of its expired batches. */
    public List<StockMovement> writeOff(String tenant, String actor) {
        LocalDate today = expiry.today();
        TreeSet<Long> materialIds = new TreeSet<>(); // id order: the order materials are locked in
        batches.expiringBy(tenant, today.minusDays(1), Integer.MAX_VALUE).forEach(b -> materialIds.add(b.materialId));
        List<StockMovement> written = new ArrayList<>();
        for (Material m : materials.lockAllInTenant(tenant, materialIds)) {
            List<MovementBatch> touched = new ArrayList<>();
            for (Batch b : batches.expiredOf(m.id, today)) {
                touched.add(new MovementBatch(b.id, b.remaining.negate(), b.unitCostCents));
                b.remaining = BigDecimal.ZERO;
            }
            if (!touched.isEmpty()) {
                written.add(ledger.record(m, StockMovement.Kind.WASTE, "expired", null, touched, actor));
            }
        }
        return written;
    }
}
