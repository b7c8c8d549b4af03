package com.bakery.inventory.markdown;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MarkdownRepository implements TenantRepository<MarkdownStep, Long> {

    public List<MarkdownStep> steps(String tenant) {
        return findInTenant(tenant, "order by afterHours").list();
    }

    public void deleteInTenant(String tenant) {
        delete("tenantId = ?1", tenant);
    }
}
