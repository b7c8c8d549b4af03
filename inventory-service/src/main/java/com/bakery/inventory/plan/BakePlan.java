package com.bakery.inventory.plan;

import com.bakery.inventory.product.SoldBy;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What to bake on {@code date}, per product with a recipe, the ingredients that takes against the stock usable
 * that day, and what to buy. Quantities are units, or kg for goods sold by weight; ingredients in their own unit.
 */
public record BakePlan(LocalDate date, String weekday, int weeksOfHistory, String method, List<Line> lines,
        List<Need> ingredients, List<Need> shoppingList) {

    public static final String METHOD = "Demand per product is the mean of the same weekday over the last weeks of"
            + " history (days the shop sold nothing at all are left out). A day that sold out counts as what it sold"
            + " divided by the share of a day's sales usually made before the time it sold out (learnt from days"
            + " that did not sell out; held at 20 % or more). To bake: the demand, rounded up, less the units on"
            + " the shelf still good at noon that day; then whole recipe batches.";

    /**
     * {@code naive}: last week's sales of the weekday, for comparison. {@code onShelf}: units still good on the
     * day. {@code units}: what {@code batches} batches make.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Line(long productId, String product, SoldBy soldBy, long recipeId, String recipe, int yield,
            BigDecimal estimatedDemand, BigDecimal naive, BigDecimal onShelf, BigDecimal toBake, int batches,
            BigDecimal units, List<Basis> basis) {
    }

    /** One past day behind an estimate. */
    public record Basis(LocalDate day, BigDecimal sold, LocalTime soldOutAt, BigDecimal wasted,
            BigDecimal estimatedDemand) {
    }

    /** A material the plan needs: how much, how much is usable that day (expired batches left out), what is short. */
    public record Need(long materialId, String material, String unit, String supplier, BigDecimal needed,
            BigDecimal usable, BigDecimal toBuy) {
    }
}
