package com.bakery.inventory.stock;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StockMovementRepository implements PanacheRepository<StockMovement> {

    /** Oldest first, served by stock_movement_ledger_idx. */
    public List<StockMovement> page(String tenant, long materialId, long afterId, int limit) {
        return find("tenantId = ?1 and materialId = ?2 and id > ?3 order by id", tenant, materialId, afterId)
                .page(0, limit).list();
    }
}
