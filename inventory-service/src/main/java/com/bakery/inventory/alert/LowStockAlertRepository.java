package com.bakery.inventory.alert;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LowStockAlertRepository implements TenantRepository<LowStockAlert, Long> {

    /** The material's open alert; at most one (a unique index backs that up). */
    public Optional<LowStockAlert> openFor(long materialId) {
        return find("materialId = ?1 and status = ?2", materialId, LowStockAlert.Status.OPEN).firstResultOptional();
    }

    public List<LowStockAlert> page(String tenant, LowStockAlert.Status status, long afterId, int limit) {
        return findInTenant(tenant, "status = ?1 and id > ?2 order by id", status, afterId)
                .page(0, limit).list();
    }

    public void deleteForMaterial(long materialId) {
        delete("materialId", materialId);
    }
}
