package com.bakery.inventory.product;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Takes sold units out of a product's cost layers, oldest first, and returns their exact cost (cents, scale 6,
 * half-even): the cost of goods sold. The caller holds the product's lock, so the layers cannot change meanwhile.
 */
@ApplicationScoped
public class ProductFifo implements PanacheRepository<ProductLayer> {

    private static final int CHUNK = 16;

    public BigDecimal take(Product product, BigDecimal quantity) {
        BigDecimal missing = quantity;
        BigDecimal cost = BigDecimal.ZERO;
        while (missing.signum() > 0) {
            List<ProductLayer> layers = find("productId = ?1 and remaining > 0 order by createdAt, id", product.id)
                    .page(0, CHUNK).list();
            if (layers.isEmpty()) {
                throw new IllegalStateException("product " + product.id + " has fewer units in layers than on hand");
            }
            for (ProductLayer layer : layers) {
                BigDecimal take = layer.remaining.min(missing);
                layer.remaining = layer.remaining.subtract(take);
                missing = missing.subtract(take);
                cost = cost.add(take.multiply(layer.unitCost));
                if (missing.signum() == 0) {
                    break;
                }
            }
            flush();
        }
        BigDecimal cogs = cost.setScale(6, RoundingMode.HALF_EVEN);
        product.onHand = product.onHand.subtract(quantity);
        product.stockValue = product.stockValue.subtract(cogs).max(BigDecimal.ZERO);
        return cogs;
    }
}
