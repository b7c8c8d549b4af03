package com.bakery.inventory.stock;

import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Every change of a material's stock: receipts, adjustments, waste. Each runs under the material's row lock. */
@ApplicationScoped
@Transactional
public class StockService {

    private final MaterialRepository materials;
    private final FifoConsumer fifo;
    private final StockLedger ledger;
    private final BatchRepository batches;

    public StockService(MaterialRepository materials, BatchRepository batches, FifoConsumer fifo,
            StockLedger ledger) {
        this.materials = materials;
        this.batches = batches;
        this.fifo = fifo;
        this.ledger = ledger;
    }

    public Batch receive(String tenant, long materialId, BatchRequest request, String actor) {
        Instant receivedAt = request.receivedAt() == null ? Instant.now() : request.receivedAt();
        if (request.expiresOn() != null && request.expiresOn().isBefore(receivedAt.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw ProblemException.invalid("expiresOn must not be before the day the batch was received.",
                    List.of(new Problem.FieldError("expiresOn", "must not be before receivedAt")));
        }
        Material material = materials.lockInTenant(tenant, materialId);
        Batch batch = newBatch(material, request.quantity(), request.unitCostCents(), receivedAt);
        batch.expiresOn = request.expiresOn();
        batch.supplierLot = request.supplierLot();
        batches.persist(batch);
        ledger.record(material, StockMovement.Kind.RECEIPT, "received", "batch:" + batch.id,
                List.of(new MovementBatch(batch.id, batch.quantity, batch.unitCostCents)), actor);
        return batch;
    }

    public StockMovement adjust(String tenant, long materialId, AdjustmentRequest request, String actor) {
        StockMovement.Kind kind = request.kindValue();
        BigDecimal quantity = request.quantity();
        if (quantity.signum() == 0 || (kind == StockMovement.Kind.WASTE && quantity.signum() < 0)) {
            String reason = kind == StockMovement.Kind.WASTE ? "must be greater than 0 (the quantity thrown away)"
                    : "must not be 0";
            throw ProblemException.invalid("quantity " + reason,
                    List.of(new Problem.FieldError("quantity", reason)));
        }
        BigDecimal change = kind == StockMovement.Kind.WASTE ? quantity.negate() : quantity;
        Material material = materials.lockInTenant(tenant, materialId);
        if (change.signum() > 0) {
            long cost = request.unitCostCents() != null ? request.unitCostCents() : latestCost(material);
            Batch batch = newBatch(material, change, cost, Instant.now());
            batches.persist(batch);
            return ledger.record(material, kind, request.reason(), "batch:" + batch.id,
                    List.of(new MovementBatch(batch.id, change, cost)), actor);
        }
        requireOnHand(material, change.negate());
        return ledger.record(material, kind, request.reason(), null, fifo.take(material.id, change.negate()), actor);
    }

    private static void requireOnHand(Material material, BigDecimal required) {
        if (material.onHand.compareTo(required) < 0) {
            throw new InsufficientStock(List.of(InsufficientStock.Shortfall.ofMaterial(material.id, material.name,
                    material.unit.code(), required, material.onHand)));
        }
    }

    private long latestCost(Material material) {
        return batches.latest(material.id).map(b -> b.unitCostCents)
                .orElseThrow(() -> ProblemException.invalid(
                        "unitCostCents is required: " + material.name + " has no earlier receipt to take it from.",
                        List.of(new Problem.FieldError("unitCostCents", "required for a first receipt"))));
    }

    private static Batch newBatch(Material material, BigDecimal quantity, long unitCostCents, Instant receivedAt) {
        Batch batch = new Batch();
        batch.tenantId = material.tenantId;
        batch.materialId = material.id;
        batch.quantity = quantity;
        batch.remaining = quantity;
        batch.unitCostCents = unitCostCents;
        batch.receivedAt = receivedAt;
        return batch;
    }
}
