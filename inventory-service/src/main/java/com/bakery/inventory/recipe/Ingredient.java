package com.bakery.inventory.recipe;

import com.bakery.inventory.material.Unit;
import com.bakery.inventory.material.UnitConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A quantity of a material per batch of a recipe, in any unit that converts to the material's own. */
@Embeddable
public record Ingredient(
        @Column(name = "material_id", nullable = false) Long materialId,
        @Column(nullable = false) BigDecimal quantity,
        @Column(nullable = false) @Convert(converter = UnitConverter.class) Unit unit) {
}
