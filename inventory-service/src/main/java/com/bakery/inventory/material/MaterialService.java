package com.bakery.inventory.material;

import com.bakery.common.page.Page;
import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;

@ApplicationScoped
@Transactional
public class MaterialService {

    private final MaterialRepository materials;
    private final MaterialUses.Batches batches;
    private final MaterialUses.Recipes recipes;
    private final Event<MaterialUses.Changed> changed;
    private final Event<MaterialUses.Deleting> deleting;

    public MaterialService(MaterialRepository materials, MaterialUses.Batches batches, MaterialUses.Recipes recipes,
            Event<MaterialUses.Changed> changed, Event<MaterialUses.Deleting> deleting) {
        this.materials = materials;
        this.batches = batches;
        this.recipes = recipes;
        this.changed = changed;
        this.deleting = deleting;
    }

    public Material create(String tenant, MaterialRequest request) {
        requireFreeName(tenant, request.name().strip(), null);
        Material m = new Material();
        m.tenantId = tenant;
        apply(m, request);
        materials.persist(m);
        return m;
    }

    public Material update(String tenant, long id, MaterialRequest request) {
        Material m = materials.lockInTenant(tenant, id);
        requireFreeName(tenant, request.name().strip(), id);
        if (m.unit != request.unitValue() && batches.existForMaterial(id)) {
            throw ProblemException.conflict("unit_locked",
                    "The unit of " + m.name + " cannot change once batches were received in " + m.unit.code() + ".");
        }
        apply(m, request);
        m.updatedAt = Instant.now();
        changed.fire(new MaterialUses.Changed(m)); // a raised minimum can make a material low without any movement
        return m;
    }

    /** Only a material that never held stock can go: its ledger, once written, is kept. */
    public void delete(String tenant, long id) {
        Material m = materials.lockInTenant(tenant, id);
        if (batches.existForMaterial(id) || recipes.usesMaterial(id)) {
            throw ProblemException.conflict("material_in_use",
                    m.name + " has stock history or is used by a recipe, so it cannot be deleted.");
        }
        deleting.fire(new MaterialUses.Deleting(id));
        materials.delete(m);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Material get(String tenant, long id) {
        return materials.getInTenant(tenant, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MaterialView> list(String tenant, long after, int limit) {
        return Page.of(materials.page(tenant, after, limit + 1), limit, m -> m.id, MaterialView::of);
    }

    private void requireFreeName(String tenant, String name, Long exceptId) {
        if (materials.nameTaken(tenant, name, exceptId)) {
            throw ProblemException.conflict("material_name_taken", "A material named " + name + " already exists.");
        }
    }

    private static void apply(Material m, MaterialRequest request) {
        m.name = request.name().strip();
        m.unit = request.unitValue();
        m.minimumQuantity = request.minimumOrZero();
        m.supplier = request.supplier();
        m.category = request.category();
    }
}
