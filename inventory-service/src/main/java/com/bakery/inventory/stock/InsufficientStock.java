package com.bakery.inventory.stock;

import com.bakery.common.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 409: a movement would take more than is on hand. Lists every material that is short, and by how much. */
public class InsufficientStock extends ProblemException {

    public record Shortfall(long materialId, String material, String unit, BigDecimal required,
            BigDecimal available, BigDecimal missing) {
    }

    public InsufficientStock(List<Shortfall> shortfalls) {
        super(409, "insufficient_stock", "Insufficient stock", describe(shortfalls), Map.of("shortfalls", shortfalls));
    }

    private static String describe(List<Shortfall> shortfalls) {
        return "Not enough stock: " + shortfalls.stream()
                .map(s -> s.material() + " is short by " + s.missing().toPlainString() + " " + s.unit()
                        + " (needs " + s.required().toPlainString() + ", has " + s.available().toPlainString() + ")")
                .collect(Collectors.joining("; ")) + ".";
    }
}
