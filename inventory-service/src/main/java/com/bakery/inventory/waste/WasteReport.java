package com.bakery.inventory.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Waste over days of a zone: per product, units made, units written off (spoiled or thrown away), their FIFO cost,
 * and waste as a percentage of what was made (one decimal, half-even; null when nothing was made).
 */
public record WasteReport(LocalDate from, LocalDate to, String zone, List<Line> products, Line total) {

    public record Line(Long productId, String name, BigDecimal producedUnits, BigDecimal wastedUnits,
            long wasteCostCents, BigDecimal wastePercent) {
    }
}
