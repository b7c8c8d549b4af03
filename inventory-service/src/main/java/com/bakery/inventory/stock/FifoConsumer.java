package com.bakery.inventory.stock;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a quantity out of a material's batches, oldest first (receipt order, then expiry, then id).
 * Batches are read a few at a time under lock: a batch emptied by one chunk drops out of the open-batch index,
 * so the next chunk starts where this one ended and a consumption reads only the batches it takes from.
 * The caller holds the material's lock and has checked that enough stock is on hand.
 */
@ApplicationScoped
public class FifoConsumer {

    static final int CHUNK = 16;

    private final BatchRepository batches;

    public FifoConsumer(BatchRepository batches) {
        this.batches = batches;
    }

    /** The batches taken from, with negative quantities at each batch's cost. */
    public List<MovementBatch> take(long materialId, BigDecimal quantity) {
        return take(materialId, quantity, null);
    }

    /**
     * As {@link #take(long, BigDecimal)}, but only from batches still good on {@code usableOn}; all batches when it
     * is null. The caller has checked that the usable batches hold enough.
     */
    public List<MovementBatch> take(long materialId, BigDecimal quantity, LocalDate usableOn) {
        List<MovementBatch> taken = new ArrayList<>();
        BigDecimal missing = quantity;
        while (missing.signum() > 0) {
            List<Batch> open = batches.nextOpen(materialId, usableOn, CHUNK);
            if (open.isEmpty()) {
                throw new IllegalStateException("material " + materialId + " has less in its batches than on hand");
            }
            for (Batch batch : open) {
                BigDecimal take = batch.remaining.min(missing);
                batch.remaining = batch.remaining.subtract(take);
                missing = missing.subtract(take);
                taken.add(new MovementBatch(batch.id, take.negate(), batch.unitCostCents));
                if (missing.signum() == 0) {
                    break;
                }
            }
            batches.flush(); // emptied batches leave the open-batch index before the next chunk is read
        }
        return taken;
    }
}
