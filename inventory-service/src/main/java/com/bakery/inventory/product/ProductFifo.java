package com.bakery.inventory.product;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A product's cost layers: units leave oldest first (by when they were baked), and what left from which layer is
 * returned for the ledger. The caller holds the product's lock, so the layers cannot change meanwhile.
 */
@ApplicationScoped
public class ProductFifo implements PanacheRepository<ProductLayer> {

    private static final int CHUNK = 16;
    private static final String OPEN = "productId = ?1 and remaining > 0";

    /** Sold units: the oldest layers first. */
    public List<LayerMove> take(long productId, BigDecimal quantity) {
        return takeFrom(productId, quantity, OPEN + " order by bakedAt, id", null);
    }

    /**
     * Spoiled units: from layers past best-before, the youngest of them first, so the oldest units stay where
     * FIFO will look for the units reserved sales hold.
     */
    public List<LayerMove> takeSpoiled(long productId, BigDecimal quantity, Instant now) {
        return takeFrom(productId, quantity, OPEN + " and bestBefore <= ?2 order by bakedAt desc, id desc", now);
    }

    /** Units past best-before at {@code now}, reserved or not. */
    public BigDecimal spoiledUnits(long productId, Instant now) {
        BigDecimal units = find("select coalesce(sum(remaining), 0) from ProductLayer where " + OPEN
                + " and bestBefore <= ?2", productId, now).project(BigDecimal.class).firstResult();
        return units == null ? BigDecimal.ZERO : units;
    }

    /** Open layers in the order FIFO sells them, read without changing them. */
    public List<ProductLayer> open(long productId, int offset, int limit) {
        return find(OPEN + " order by bakedAt, id", productId).range(offset, offset + limit - 1).list();
    }

    private List<LayerMove> takeFrom(long productId, BigDecimal quantity, String query, Instant now) {
        List<LayerMove> taken = new ArrayList<>();
        BigDecimal missing = quantity;
        while (missing.signum() > 0) {
            List<ProductLayer> layers = (now == null ? find(query, productId) : find(query, productId, now))
                    .page(0, CHUNK).list();
            if (layers.isEmpty()) {
                throw new IllegalStateException("product " + productId + " has fewer units in layers than taken");
            }
            for (ProductLayer layer : layers) {
                BigDecimal take = layer.remaining.min(missing);
                layer.remaining = layer.remaining.subtract(take);
                missing = missing.subtract(take);
                taken.add(new LayerMove(layer.id, take.negate(), layer.unitCost));
                if (missing.signum() == 0) {
                    break;
                }
            }
            flush(); // emptied layers leave the open-layer index before the next chunk is read
        }
        return taken;
    }
}
