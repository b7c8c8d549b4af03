package com.bakery.inventory.markdown;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of PUT /api/inventory/markdowns: the tenant's whole rule, replacing the last one. An empty list turns
 * markdowns off. Example: {@code [{"afterHours":24,"percent":50}]} sells day-old units at half price.
 */
public record MarkdownRequest(@NotNull @Size(max = 10) List<@NotNull @Valid Step> steps) {

    public record Step(
            @NotNull @Min(value = 1, message = "must be at least 1 hour")
            @Max(value = 8760, message = "must be at most 8760 hours (a year)") Integer afterHours,
            @NotNull @Min(1) @Max(99) Integer percent) {
    }
}
