package com.bakery.inventory.trace;

import static com.bakery.inventory.sql.Columns.day;
import static com.bakery.inventory.sql.Columns.instant;
import static com.bakery.inventory.sql.Columns.number;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.inventory.amount.Money;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialRepository;
import com.bakery.inventory.stock.Batch;
import com.bakery.inventory.stock.BatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the two ledgers: a batch's consumption rows name the production runs, each run's product layer names
 * the product movements that took its units (a sale's reference is {@code sale:<id>}), and back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TraceService {

    private final EntityManager em;
    private final BatchRepository batches;
    private final MaterialRepository materials;

    public TraceService(EntityManager em, BatchRepository batches, MaterialRepository materials) {
        this.em = em;
        this.batches = batches;
        this.materials = materials;
    }

    public Trace fromBatch(String tenant, long batchId) {
        Batch batch = batches.getInTenant(tenant, batchId, "batch");
        Material m = materials.getInTenant(tenant, batch.materialId);
        Map<Long, Trace.Run> runs = new LinkedHashMap<>();
        for (Object[] r : rows("""
                SELECT r.id, r.product_id, p.name, r.baked_at, r.units_produced, -sum(mb.quantity),
                    coalesce(f.sold, 0), coalesce(f.wasted, 0), coalesce(f.shelf, 0)
                FROM movement_batch mb
                JOIN stock_movement sm ON sm.id = mb.movement_id AND sm.kind = 'CONSUMPTION'
                JOIN production_run_line rl ON rl.movement_id = sm.id
                JOIN production_run r ON r.id = rl.run_id
                JOIN product p ON p.id = r.product_id
                LEFT JOIN LATERAL (
                    SELECT (SELECT -sum(ml.quantity) FROM product_movement_layer ml
                            JOIN product_movement pm ON pm.id = ml.movement_id AND pm.kind = 'SALE'
                            WHERE ml.layer_id IN (SELECT id FROM product_layer WHERE production_run_id = r.id)) sold,
                           (SELECT -sum(ml.quantity) FROM product_movement_layer ml
                            JOIN product_movement pm ON pm.id = ml.movement_id AND pm.kind = 'WASTE'
                            WHERE ml.layer_id IN (SELECT id FROM product_layer WHERE production_run_id = r.id)) wasted,
                           (SELECT sum(remaining) FROM product_layer WHERE production_run_id = r.id) shelf) f ON true
                WHERE mb.batch_id = ?1 AND sm.tenant_id = ?2
                GROUP BY r.id, r.product_id, p.name, r.baked_at, r.units_produced, f.sold, f.wasted, f.shelf
                ORDER BY r.id""", batchId, tenant)) {
            long run = number(r[0]);
            runs.put(run, new Trace.Run(run, number(r[1]), (String) r[2], instant(r[3]), q(r[4]), q(r[5]), q(r[6]),
                    q(r[7]), q(r[8]), null));
        }
        List<Trace.Sale> sales = new ArrayList<>();
        if (!runs.isEmpty()) {
            for (Object[] r : rows("""
                    SELECT substr(pm.reference, 6), pm.created_at, res.till, pm.product_id, p.name,
                        l.production_run_id, -sum(ml.quantity)
                    FROM product_layer l
                    JOIN product_movement_layer ml ON ml.layer_id = l.id
                    JOIN product_movement pm ON pm.id = ml.movement_id AND pm.kind = 'SALE'
                    JOIN product p ON p.id = pm.product_id
                    LEFT JOIN reservation res ON res.tenant_id = pm.tenant_id AND res.sale_id = substr(pm.reference, 6)
                    WHERE l.production_run_id = ANY(?1) AND l.tenant_id = ?2
                    GROUP BY pm.id, pm.reference, pm.created_at, res.till, pm.product_id, p.name, l.production_run_id
                    ORDER BY pm.created_at, pm.id""", runs.keySet().toArray(new Long[0]), tenant)) {
                sales.add(new Trace.Sale((String) r[0], instant(r[1]), (String) r[2], number(r[3]), (String) r[4],
                        number(r[5]), q(r[6])));
            }
        }
        Trace.MaterialBatch traced = new Trace.MaterialBatch(batch.id, m.id, m.name, m.unit.code(), batch.supplierLot,
                batch.receivedAt, batch.expiresOn, Money.plain(batch.quantity), Money.plain(batch.remaining));
        return new Trace(traced, null, List.copyOf(runs.values()), sales, null);
    }

    public Trace fromSale(String tenant, String saleId) {
        List<Trace.SoldUnits> sold = new ArrayList<>();
        List<Long> runIds = new ArrayList<>();
        for (Object[] r : rows("""
                SELECT pm.product_id, p.name, l.production_run_id, l.source, l.supplier_lot, l.baked_at, -ml.quantity
                FROM product_movement pm
                JOIN product_movement_layer ml ON ml.movement_id = pm.id
                JOIN product_layer l ON l.id = ml.layer_id
                JOIN product p ON p.id = pm.product_id
                WHERE pm.tenant_id = ?1 AND pm.kind = 'SALE' AND pm.reference = ?2
                ORDER BY pm.id, l.baked_at, l.id""", tenant, "sale:" + saleId)) {
            Long run = r[2] == null ? null : number(r[2]);
            sold.add(new Trace.SoldUnits(number(r[0]), (String) r[1], run, (String) r[3], (String) r[4], instant(r[5]),
                    q(r[6])));
            if (run != null && !runIds.contains(run)) {
                runIds.add(run);
            }
        }
        if (sold.isEmpty()) {
            throw new NotFoundProblem("sale", saleId); // or not sold yet: no unit left stock for it
        }
        Map<Long, List<Trace.BatchUsed>> used = new LinkedHashMap<>();
        for (Object[] r : rows("""
                SELECT rl.run_id, b.id, m.id, m.name, m.unit, b.supplier_lot, b.expires_on, -mb.quantity
                FROM production_run_line rl
                JOIN movement_batch mb ON mb.movement_id = rl.movement_id
                JOIN batch b ON b.id = mb.batch_id
                JOIN material m ON m.id = b.material_id
                WHERE rl.run_id = ANY(?1) AND b.tenant_id = ?2
                ORDER BY rl.run_id, m.name, b.id""", runIds.toArray(new Long[0]), tenant)) {
            used.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add(new Trace.BatchUsed(number(r[1]),
                    number(r[2]), (String) r[3], (String) r[4], (String) r[5], day(r[6]), q(r[7])));
        }
        List<Trace.Run> runs = new ArrayList<>();
        for (Object[] r : rows("""
                SELECT r.id, r.product_id, p.name, r.baked_at, r.units_produced FROM production_run r
                JOIN product p ON p.id = r.product_id WHERE r.id = ANY(?1) AND r.tenant_id = ?2 ORDER BY r.id""",
                runIds.toArray(new Long[0]), tenant)) {
            long run = number(r[0]);
            runs.add(new Trace.Run(run, number(r[1]), (String) r[2], instant(r[3]), q(r[4]), null, null, null, null,
                    used.getOrDefault(run, List.of())));
        }
        return new Trace(null, saleId, runs, null, sold);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }

    private static BigDecimal q(Object value) {
        return value == null ? BigDecimal.ZERO : Money.plain((BigDecimal) value);
    }
}
