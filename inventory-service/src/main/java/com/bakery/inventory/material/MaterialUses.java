package com.bakery.inventory.material;

/**
 * What holds on to a material from elsewhere, asked before it changes unit or goes. Each is answered where the
 * holder lives (stock for batches, recipe for recipes), so a material does not depend on what uses it.
 */
public final class MaterialUses {

    private MaterialUses() {
    }

    /** Batches received in the material's unit: its stock history, kept. */
    public interface Batches {
        boolean existForMaterial(long materialId);
    }

    /** Recipes listing the material as an ingredient. */
    public interface Recipes {
        boolean usesMaterial(long materialId);
    }

    /** A material was updated (its minimum may have risen), fired in the update's transaction: alerts look again. */
    public record Changed(Material material) {
    }

    /** A material is about to be deleted, fired inside the deletion's transaction. */
    public record Deleting(long materialId) {
    }
}
