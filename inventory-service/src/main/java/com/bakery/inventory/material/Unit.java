package com.bakery.inventory.material;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Units a material is counted in. Units of one dimension convert exactly (the factors are powers of ten);
 * units of different dimensions (kg and l) never convert: a recipe saying "2 l of flour" is refused.
 */
public enum Unit {
    MG("mg", Dimension.MASS, new BigDecimal("0.001")),
    G("g", Dimension.MASS, BigDecimal.ONE),
    KG("kg", Dimension.MASS, new BigDecimal("1000")),
    ML("ml", Dimension.VOLUME, BigDecimal.ONE),
    L("l", Dimension.VOLUME, new BigDecimal("1000")),
    PCS("pcs", Dimension.COUNT, BigDecimal.ONE);

    /** For validation messages and {@code @Pattern}s: the codes clients send. */
    public static final String CODES = "mg|g|kg|ml|l|pcs";

    enum Dimension { MASS, VOLUME, COUNT }

    private final String code;
    private final Dimension dimension;
    private final BigDecimal factor;

    Unit(String code, Dimension dimension, BigDecimal factor) {
        this.code = code;
        this.dimension = dimension;
        this.factor = factor;
    }

    public String code() {
        return code;
    }

    public static Optional<Unit> fromCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
    }

    public boolean convertsTo(Unit other) {
        return dimension == other.dimension;
    }

    /** The same amount expressed in {@code target}; exact, since every factor is a power of ten. */
    public BigDecimal convert(BigDecimal quantity, Unit target) {
        if (!convertsTo(target)) {
            throw new IllegalArgumentException(code + " does not convert to " + target.code);
        }
        return quantity.multiply(factor).divide(target.factor).stripTrailingZeros();
    }
}
