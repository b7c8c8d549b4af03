package com.bakery.inventory.recipe;

import com.bakery.inventory.amount.Limits;
import com.bakery.inventory.material.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Body of POST and PUT /api/inventory/recipes. */
public record RecipeRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull Long productId,
        @NotNull @Min(1) @Max(100_000) Integer yield,
        @NotEmpty(message = "must list at least one ingredient") @Size(max = 100) List<@NotNull @Valid Line> ingredients) {

    /** One ingredient; {@code unit} defaults to the material's own. */
    public record Line(
            @NotNull Long materialId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = Limits.MAX_QUANTITY, message = "must be at most " + Limits.MAX_QUANTITY)
            @Digits(integer = 9, fraction = 6, message = "must have at most 9 digits and 6 decimals")
            BigDecimal quantity,
            @Pattern(regexp = Unit.CODES, message = "must be one of mg, g, kg, ml, l, pcs") String unit) {
    }
}
