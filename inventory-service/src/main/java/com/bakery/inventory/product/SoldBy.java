package com.bakery.inventory.product;

import com.bakery.common.problem.ProblemException;
import java.math.BigDecimal;

/** How a product is counted and priced: by the unit, or by weight (price per kg, quantities in kg to the gram). */
public enum SoldBy {
    UNIT, WEIGHT;

    /** Why {@code quantity} cannot be a quantity of such a product, or null when it can. */
    public String refusal(BigDecimal quantity) {
        BigDecimal plain = quantity.stripTrailingZeros();
        if (this == UNIT && plain.scale() > 0) {
            return "must be a whole number of units";
        }
        if (this == WEIGHT && plain.scale() > 3) {
            return "must be in kg with at most 3 decimals (grams)";
        }
        return null;
    }

    /** A 400 naming {@code field} when {@code quantity} cannot be a quantity of such a product. */
    public void require(String field, BigDecimal quantity) {
        String refusal = refusal(quantity);
        if (refusal != null) {
            throw ProblemException.invalid(field, refusal);
        }
    }
}
