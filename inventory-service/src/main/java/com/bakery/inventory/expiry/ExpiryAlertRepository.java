package com.bakery.inventory.expiry;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ExpiryAlertRepository implements TenantRepository<ExpiryAlert, Long> {

    public List<ExpiryAlert> openForBatches(Collection<Long> batchIds) {
        return find("batchId in ?1 and status = ?2", batchIds, ExpiryAlert.Status.OPEN).list();
    }

    public List<ExpiryAlert> page(String tenant, ExpiryAlert.Status status, long afterId, int limit) {
        return findInTenant(tenant, "status = ?1 and id > ?2 order by expiresOn, id", status, afterId)
                .page(0, limit).list();
    }
}
