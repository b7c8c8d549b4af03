package com.bakery.inventory.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Body of POST and PUT /api/inventory/products. {@code shelfLifeHours}: how long a unit stays sellable after it is
 * baked (24 = a day); absent for goods that do not spoil. {@code soldBy}: {@code UNIT} (the default) or
 * {@code WEIGHT}, when {@code priceCents} is per kg; it cannot change while the product has stock.
 */
public record ProductRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull @PositiveOrZero @Max(value = 100_000_000L, message = "must be at most 100000000") Long priceCents,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @Min(value = 1, message = "must be at least 1 hour")
        @Max(value = 8760, message = "must be at most 8760 hours (a year)") Integer shelfLifeHours,
        SoldBy soldBy) {

    public SoldBy soldByOrUnit() {
        return soldBy == null ? SoldBy.UNIT : soldBy;
    }
}
