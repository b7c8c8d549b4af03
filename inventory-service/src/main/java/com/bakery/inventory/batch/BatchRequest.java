package com.bakery.inventory.batch;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Body of POST /api/inventory/materials/{id}/batches: a delivery received. */
public record BatchRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits and 6 decimals")
        BigDecimal quantity,
        @NotNull @PositiveOrZero @Max(value = 100_000_000_00L, message = "must be at most 10000000000")
        Long unitCostCents,
        @PastOrPresent Instant receivedAt,
        LocalDate expiresOn,
        @Size(max = 120) String supplierLot) {
}
