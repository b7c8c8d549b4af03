package com.bakery.inventory.stock;

import com.bakery.inventory.amount.LedgerRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One row of the stock ledger. Immutable here and append-only in the database (a trigger refuses changes). */
@Entity
@Immutable
@Table(name = "stock_movement")
public class StockMovement extends LedgerRow {

    public enum Kind { RECEIPT, CONSUMPTION, ADJUSTMENT, WASTE }

    @Column(name = "material_id", nullable = false)
    public Long materialId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "movement_batch", joinColumns = @JoinColumn(name = "movement_id"))
    public List<MovementBatch> batches = new ArrayList<>();
}
