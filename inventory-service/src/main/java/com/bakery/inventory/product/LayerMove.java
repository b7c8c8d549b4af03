package com.bakery.inventory.product;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** How many units of one layer a product movement moved (negative = taken out), at that layer's unit cost. */
@Embeddable
public record LayerMove(
        @Column(name = "layer_id", nullable = false) Long layerId,
        @Column(nullable = false) BigDecimal quantity,
        @Column(name = "unit_cost", nullable = false) BigDecimal unitCost) {
}
