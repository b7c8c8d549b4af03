package com.bakery.inventory.recipe;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.inventory.material.MaterialUses;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RecipeRepository implements PanacheRepository<Recipe>, MaterialUses.Recipes {

    public Recipe getInTenant(String tenant, long id) {
        return find("tenantId = ?1 and id = ?2", tenant, id).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("recipe", id));
    }

    public boolean nameTaken(String tenant, String name, Long exceptId) {
        return count("tenantId = ?1 and lower(name) = lower(?2) and id <> ?3", tenant, name,
                exceptId == null ? -1L : exceptId) > 0;
    }

    @Override
    public boolean usesMaterial(long materialId) {
        return count("select count(r) from Recipe r join r.ingredients i where i.materialId = ?1", materialId) > 0;
    }

    public List<Recipe> page(String tenant, long afterId, int limit) {
        return find("tenantId = ?1 and id > ?2 order by id", tenant, afterId).page(0, limit).list();
    }
}
