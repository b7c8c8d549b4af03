package com.bakery.inventory.recipe;

import com.bakery.common.page.Page;
import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.inventory.amount.Money;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialRepository;
import com.bakery.inventory.material.Unit;
import com.bakery.inventory.product.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
@Transactional
public class RecipeService {

    private final RecipeRepository recipes;
    private final MaterialRepository materials;
    private final ProductRepository products;

    public RecipeService(RecipeRepository recipes, MaterialRepository materials, ProductRepository products) {
        this.recipes = recipes;
        this.materials = materials;
        this.products = products;
    }

    public Recipe create(String tenant, RecipeRequest request) {
        Recipe recipe = new Recipe();
        recipe.tenantId = tenant;
        apply(tenant, recipe, request);
        recipes.persist(recipe);
        return recipe;
    }

    public Recipe update(String tenant, long id, RecipeRequest request) {
        Recipe recipe = recipes.getInTenant(tenant, id);
        apply(tenant, recipe, request);
        return recipe;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Recipe get(String tenant, long id) {
        return recipes.getInTenant(tenant, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RecipeView> list(String tenant, long after, int limit) {
        return Page.of(recipes.page(tenant, after, limit + 1), limit, r -> r.id, RecipeView::of);
    }

    /** Checks every reference and unit first and reports all problems at once; changes nothing when any. */
    private void apply(String tenant, Recipe recipe, RecipeRequest request) {
        String name = request.name().strip();
        if (recipes.nameTaken(tenant, name, recipe.id)) {
            throw ProblemException.conflict("recipe_name_taken", "A recipe named " + name
                    + " already exists.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (products.findByIdInTenant(tenant, request.productId()).isEmpty()) {
            errors.add(new Problem.FieldError("productId", "unknown product"));
        }
        List<Ingredient> ingredients = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.ingredients().size(); i++) {
            RecipeRequest.Line line = request.ingredients().get(i);
            String field = "ingredients[" + i + "]";
            Material material = materials.findByIdInTenant(tenant, line.materialId()).orElse(null);
            if (material == null) {
                errors.add(new Problem.FieldError(field + ".materialId", "unknown material"));
                continue;
            }
            if (!seen.add(material.id)) {
                errors.add(new Problem.FieldError(field + ".materialId", material.name + " is listed twice"));
                continue;
            }
            Unit unit = line.unit() == null ? material.unit : Unit.fromCode(line.unit()).orElseThrow();
            if (!unit.convertsTo(material.unit)) {
                errors.add(new Problem.FieldError(field + ".unit", unit.code() + " does not convert to "
                        + material.unit.code() + ", the unit of " + material.name));
                continue;
            }
            // stock is kept to 6 decimals of the material's unit: 0.000001 mg of a material counted in kg is nothing
            if (unit.convert(line.quantity(), material.unit).scale() > Money.SCALE) {
                errors.add(new Problem.FieldError(field + ".quantity", line.quantity().toPlainString() + " "
                        + unit.code() + " is less than 0.000001 " + material.unit.code() + ", the smallest amount of "
                        + material.name + " kept"));
                continue;
            }
            ingredients.add(new Ingredient(material.id, line.quantity(), unit));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The recipe has " + errors.size() + " invalid field(s).", errors);
        }
        recipe.name = name;
        recipe.productId = request.productId();
        recipe.yield = request.yield();
        recipe.ingredients.clear();
        recipe.ingredients.addAll(ingredients);
    }
}
