package com.bakery.sales.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code taxRateBp}: tax included in prices, in basis points (1000 = 10 %). */
public record SettingsRequest(@NotNull @ValidZone String timeZone, @NotNull @Min(0) @Max(10_000) Integer taxRateBp) {
}
