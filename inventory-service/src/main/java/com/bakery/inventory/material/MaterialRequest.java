package com.bakery.inventory.material;

import com.bakery.inventory.amount.Limits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Body of POST and PUT /api/inventory/materials. */
public record MaterialRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull @Pattern(regexp = Unit.CODES, message = "must be one of mg, g, kg, ml, l, pcs") String unit,
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = Limits.MAX_QUANTITY, message = "must be at most " + Limits.MAX_QUANTITY)
        @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits and 6 decimals")
        BigDecimal minimumQuantity,
        @Size(max = 120) String supplier,
        @Size(max = 120) String category) {

    public Unit unitValue() {
        return Unit.fromCode(unit).orElseThrow();
    }

    public BigDecimal minimumOrZero() {
        return minimumQuantity == null ? BigDecimal.ZERO : minimumQuantity;
    }
}
