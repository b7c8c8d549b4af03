package com.bakery.inventory.recipe;

import com.bakery.inventory.amount.Money;
import java.math.BigDecimal;
import java.util.List;

public record RecipeView(long id, String name, long productId, int yield, List<Line> ingredients) {

    public record Line(long materialId, BigDecimal quantity, String unit) {
    }

    public static RecipeView of(Recipe r) {
        return new RecipeView(r.id, r.name, r.productId, r.yield, r.ingredients.stream()
                .map(i -> new Line(i.materialId(), Money.plain(i.quantity()), i.unit().code())).toList());
    }
}
