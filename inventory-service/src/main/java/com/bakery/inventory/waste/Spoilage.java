package com.bakery.inventory.waste;

import static com.bakery.inventory.sql.Columns.number;

import com.bakery.inventory.product.Product;
import com.bakery.inventory.product.ProductFifo;
import com.bakery.inventory.product.ProductLedger;
import com.bakery.inventory.product.ProductMovement;
import com.bakery.inventory.product.ProductRepository;
import com.bakery.inventory.stock.InsufficientStock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes units that can no longer be sold out of stock as WASTE, at their FIFO cost: units past best-before (by the
 * sweep, on demand, or when a sale is about to reserve them) and units thrown away for a reason. Units a sale holds
 * are never written off: reserved units are the oldest, so of the spoiled ones, only those beyond the reserved
 * count go.
 */
@ApplicationScoped
@Transactional
public class Spoilage {

    public static final String SPOILED = "past best-before";

    private final ProductRepository products;
    private final ProductFifo layers;
    private final ProductLedger ledger;
    private final EntityManager em;

    public Spoilage(ProductRepository products, ProductFifo layers, ProductLedger ledger, EntityManager em) {
        this.products = products;
        this.layers = layers;
        this.ledger = ledger;
        this.em = em;
    }

    /** Writes off a locked product's spoiled units no sale holds; empty when there are none. */
    public Optional<ProductMovement> writeOffSpoiled(Product locked, Instant now, String actor) {
        BigDecimal spoiled = layers.spoiledUnits(locked.id, now).subtract(locked.reserved);
        if (spoiled.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(ledger.record(locked, ProductMovement.Kind.WASTE, SPOILED, null,
                layers.takeSpoiled(locked.id, spoiled, now), actor));
    }

    /** Every spoiled unit of the tenant (all tenants when null), product by product. */
    public List<ProductMovement> writeOffAllSpoiled(String tenant, Instant now, String actor) {
        List<ProductMovement> written = new ArrayList<>();
        for (Object[] row : spoiling(tenant, now)) {
            writeOffSpoiled(products.lockInTenant((String) row[0], number(row[1])), now, actor)
                    .ifPresent(written::add);
        }
        return written;
    }

    public ProductMovement writeOff(String tenant, WriteOffRequest request, String actor) {
        Product p = products.lockInTenant(tenant, request.productId());
        p.soldBy.require("quantity", request.quantity());
        if (p.available().compareTo(request.quantity()) < 0) {
            throw new InsufficientStock(List.of(InsufficientStock.Shortfall.ofProduct(p.id, p.name, request.quantity(),
                    p.available())));
        }
        return ledger.record(p, ProductMovement.Kind.WASTE, request.reason().strip(), null,
                layers.take(p.id, request.quantity()), actor);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> spoiling(String tenant, Instant now) {
        return em.createNativeQuery("""
                SELECT DISTINCT tenant_id, product_id FROM product_layer
                WHERE remaining > 0 AND best_before <= :now AND (CAST(:tenant AS TEXT) IS NULL OR tenant_id = :tenant)
                ORDER BY tenant_id, product_id LIMIT 500""")
                .setParameter("now", now).setParameter("tenant", tenant).getResultList();
    }
}
