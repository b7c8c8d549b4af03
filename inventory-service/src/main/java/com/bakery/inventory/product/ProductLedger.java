package com.bakery.inventory.product;

import com.bakery.inventory.amount.Money;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Writes a product ledger row and moves the product's running totals with it, as the materials' ledger does, so
 * "quantity after" and "value after" are the product's totals at that point. Callers hold the product's row lock.
 */
@ApplicationScoped
public class ProductLedger implements PanacheRepository<ProductMovement> {

    public List<ProductMovement> page(String tenant, long productId, long afterId, int limit) {
        return find("tenantId = ?1 and productId = ?2 and id > ?3 order by id", tenant, productId, afterId)
                .page(0, limit).list();
    }

    public ProductMovement record(Product product, ProductMovement.Kind kind, String reason, String reference,
            List<LayerMove> moved, String actor) {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (LayerMove m : moved) {
            quantity = quantity.add(m.quantity());
            value = value.add(m.quantity().multiply(m.unitCost()));
        }
        value = value.setScale(Money.SCALE, RoundingMode.HALF_EVEN);
        product.onHand = product.onHand.add(quantity);
        product.stockValue = product.stockValue.add(value).max(BigDecimal.ZERO);
        product.updatedAt = Instant.now();

        ProductMovement row = new ProductMovement(product, kind);
        row.moved(product.tenantId, reason, reference, quantity, value, product.onHand, product.stockValue, actor);
        row.layers.addAll(moved);
        persist(row);
        return row;
    }
}
