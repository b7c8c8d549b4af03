package com.bakery.inventory.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recall's answer. From a material batch: the runs that used it, what became of their units, and the sales that
 * took them. From a sale: the units it took, the runs they were baked in, and the ingredient batches of each run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trace(MaterialBatch materialBatch, String saleId, List<Run> productionRuns, List<Sale> sales,
        List<SoldUnits> sold) {

    public record MaterialBatch(long batchId, long materialId, String material, String unit, String supplierLot,
            Instant receivedAt, LocalDate expiresOn, BigDecimal quantity, BigDecimal remaining) {
    }

    /**
     * A run and the fate of its units: sold, thrown away, still on the shelf. {@code materialUsed}: how much of
     * the traced batch it used (from a batch); {@code materialBatches}: all it used (from a sale).
     */
    public record Run(long runId, long productId, String product, Instant bakedAt, BigDecimal unitsProduced,
            BigDecimal materialUsed, BigDecimal unitsSold, BigDecimal unitsWasted, BigDecimal unitsOnShelf,
            List<BatchUsed> materialBatches) {
    }

    public record BatchUsed(long batchId, long materialId, String material, String unit, String supplierLot,
            LocalDate expiresOn, BigDecimal quantity) {
    }

    /** Units of a traced run a sale took. */
    public record Sale(String saleId, Instant soldAt, String till, long productId, String product, long runId,
            BigDecimal units) {
    }

    /**
     * Units a traced sale took from one layer: a production run's, goods bought in ({@code source} PURCHASE, with
     * the supplier's lot), or a customer's return ({@code runId} null for both).
     */
    public record SoldUnits(long productId, String product, Long runId, String source, String supplierLot,
            Instant bakedAt, BigDecimal units) {
    }
}
