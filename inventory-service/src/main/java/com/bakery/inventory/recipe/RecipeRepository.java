package com.bakery.inventory.recipe;

import com.bakery.common.tenant.TenantRepository;
import com.bakery.inventory.material.MaterialUses;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RecipeRepository implements TenantRepository<Recipe, Long>, MaterialUses.Recipes {

    public Recipe getInTenant(String tenant, long id) {
        return getInTenant(tenant, id, "recipe");
    }

    public boolean nameTaken(String tenant, String name, Long exceptId) {
        return countInTenant(tenant, "lower(name) = lower(?1) and id <> ?2", name,
                exceptId == null ? -1L : exceptId) > 0;
    }

    @Override
    public boolean usesMaterial(long materialId) {
        return count("select count(r) from Recipe r join r.ingredients i where i.materialId = ?1", materialId) > 0;
    }

    public List<Recipe> page(String tenant, long afterId, int limit) {
        return findInTenant(tenant, "id > ?1 order by id", afterId).page(0, limit).list();
    }
}
