package com.bakery.inventory.reservation;

import com.bakery.inventory.markdown.Markdowns;
import com.bakery.inventory.product.Product;
import com.bakery.inventory.product.ProductFifo;
import com.bakery.inventory.product.ProductLayer;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a reservation line charges: the product's price for each unit, less the markdown its age earns, rounded
 * once (half-even) to the cent. The units priced are the ones FIFO will hand over: the oldest, after those earlier
 * reservations already hold (reserved units are always the oldest, and sales commit in about the order they
 * reserve).
 */
@ApplicationScoped
public class LinePricing {

    private static final int CHUNK = 16;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProductFifo layers;

    public LinePricing(ProductFifo layers) {
        this.layers = layers;
    }

    /** Cents charged and cents the markdown took off, for {@code quantity} units of a locked product. */
    public record Priced(long grossCents, long markdownCents) {
    }

    public Priced price(Product p, BigDecimal quantity, Markdowns.Rule rule, Instant now) {
        BigDecimal price = BigDecimal.valueOf(p.priceCents);
        long list = cents(price.multiply(quantity));
        if (rule.isEmpty()) {
            return new Priced(list, 0);
        }
        BigDecimal skip = p.reserved;
        BigDecimal missing = quantity;
        BigDecimal charged = BigDecimal.ZERO;
        for (int offset = 0; missing.signum() > 0; offset += CHUNK) {
            List<ProductLayer> open = layers.open(p.id, offset, CHUNK);
            if (open.isEmpty()) {
                break; // the caller checked availability; this only guards a layer sum gone wrong
            }
            for (ProductLayer layer : open) {
                BigDecimal free = layer.remaining.subtract(skip);
                skip = skip.subtract(layer.remaining).max(BigDecimal.ZERO);
                if (free.signum() <= 0) {
                    continue;
                }
                BigDecimal units = free.min(missing);
                int off = rule.percentAt(Duration.between(layer.bakedAt, now));
                charged = charged.add(units.multiply(price).multiply(BigDecimal.valueOf(100 - off)).divide(HUNDRED));
                missing = missing.subtract(units);
                if (missing.signum() == 0) {
                    break;
                }
            }
        }
        charged = charged.add(missing.max(BigDecimal.ZERO).multiply(price));
        long gross = cents(charged);
        return new Priced(gross, list - gross);
    }

    private static long cents(BigDecimal exact) {
        return exact.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
