package com.bakery.inventory.stock;

import com.bakery.common.problem.ProblemException;
import com.bakery.inventory.amount.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 409: a movement would take more than is on hand. Lists every material that is short, and by how much. */
public class InsufficientStock extends ProblemException {

    /** What is short: a material (for production, adjustments) or a product (for reservations). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Shortfall(Long materialId, Long productId, String name, String unit, BigDecimal required,
            BigDecimal available, BigDecimal missing, BigDecimal expired) {

        public static Shortfall ofMaterial(long id, String name, String unit, BigDecimal required,
                BigDecimal available) {
            return ofMaterial(id, name, unit, required, available, BigDecimal.ZERO);
        }

        /** {@code expired}: how much more is on hand in expired batches, not counted as available. */
        public static Shortfall ofMaterial(long id, String name, String unit, BigDecimal required,
                BigDecimal available, BigDecimal expired) {
            return new Shortfall(id, null, name, unit, Money.plain(required), Money.plain(available),
                    Money.plain(required.subtract(available)), expired.signum() == 0 ? null : Money.plain(expired));
        }

        public static Shortfall ofProduct(long id, String name, BigDecimal required, BigDecimal available) {
            return new Shortfall(null, id, name, null, Money.plain(required), Money.plain(available),
                    Money.plain(required.subtract(available)), null);
        }
    }

    public InsufficientStock(List<Shortfall> shortfalls) {
        super(409, "insufficient_stock", "Insufficient stock", describe(shortfalls), Map.of("shortfalls", shortfalls));
    }

    private static String describe(List<Shortfall> shortfalls) {
        return "Not enough stock: " + shortfalls.stream()
                .map(s -> s.name() + " is short by " + s.missing().toPlainString() + (s.unit() == null ? "" : " " + s.unit())
                        + " (needs " + s.required().toPlainString() + ", has " + s.available().toPlainString()
                        + (s.expired() == null ? "" : "; " + s.expired().toPlainString()
                                + (s.unit() == null ? "" : " " + s.unit()) + " more expired") + ")")
                .collect(Collectors.joining("; ")) + ".";
    }
}
