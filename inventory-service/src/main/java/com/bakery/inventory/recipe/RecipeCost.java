package com.bakery.inventory.recipe;

import com.bakery.inventory.amount.Money;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialRepository;
import com.bakery.inventory.stock.Batch;
import com.bakery.inventory.stock.BatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Costs one batch of a recipe against the stock as it is, walking each material's batches in FIFO order. */
@ApplicationScoped
public class RecipeCost {

    private static final int CHUNK = 32;

    private final RecipeService recipes;
    private final MaterialRepository materials;
    private final BatchRepository batches;

    public RecipeCost(RecipeService recipes, MaterialRepository materials, BatchRepository batches) {
        this.recipes = recipes;
        this.materials = materials;
        this.batches = batches;
    }

    public RecipeCostView of(String tenant, long recipeId) {
        Recipe recipe = recipes.get(tenant, recipeId);
        List<RecipeCostView.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean covered = true;
        for (Ingredient ingredient : recipe.ingredients) {
            Material m = materials.getInTenant(tenant, ingredient.materialId());
            BigDecimal need = ingredient.unit().convert(ingredient.quantity(), m.unit);
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal missing = need;
            for (int offset = 0; missing.signum() > 0; offset += CHUNK) {
                List<Batch> open = batches.openInFifoOrder(m.id, offset, CHUNK);
                for (Batch batch : open) {
                    BigDecimal take = batch.remaining.min(missing);
                    value = value.add(Money.value(take, batch.unitCostCents));
                    missing = missing.subtract(take);
                    if (missing.signum() == 0) {
                        break;
                    }
                }
                if (open.size() < CHUNK) {
                    break;
                }
            }
            if (missing.signum() > 0) {
                covered = false;
                long latestCost = batches.latest(m.id).map(b -> b.unitCostCents).orElse(0L);
                value = value.add(Money.value(missing, latestCost));
            }
            total = total.add(value);
            lines.add(new RecipeCostView.Line(m.id, m.name, Money.plain(need), m.unit.code(), Money.cents(value),
                    missing.signum() > 0 ? Money.plain(missing) : BigDecimal.ZERO));
        }
        long unit = Money.cents(total.divide(BigDecimal.valueOf(recipe.yield), Money.SCALE, RoundingMode.HALF_EVEN));
        return new RecipeCostView(recipe.id, recipe.name, recipe.yield, Money.cents(total), unit, covered, lines);
    }
}
