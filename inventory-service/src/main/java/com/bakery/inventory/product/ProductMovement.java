package com.bakery.inventory.product;

import com.bakery.inventory.amount.LedgerRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One row of a product's stock ledger. Immutable here and append-only in the database (a trigger refuses changes). */
@Entity
@Immutable
@Table(name = "product_movement")
public class ProductMovement extends LedgerRow {

    public enum Kind { PRODUCTION, PURCHASE, SALE, RETURN, WASTE }

    @Column(name = "product_id", nullable = false)
    public Long productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @ElementCollection
    @CollectionTable(name = "product_movement_layer", joinColumns = @JoinColumn(name = "movement_id"))
    public List<LayerMove> layers = new ArrayList<>();

    ProductMovement(Product product, Kind kind) {
        this.productId = product.id;
        this.kind = kind;
    }

    protected ProductMovement() {
    }
}
