package com.bakery.inventory.stock;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StockMovementRepository implements TenantRepository<StockMovement, Long> {

    /** Oldest first, served by stock_movement_ledger_idx. */
    public List<StockMovement> page(String tenant, long materialId, long afterId, int limit) {
        return findInTenant(tenant, "materialId = ?1 and id > ?2 order by id", materialId, afterId)
                .page(0, limit).list();
    }
}
