package com.bakery.inventory.reservation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Body of POST /api/inventory/reservations: what a sale wants to hold, and for how long ({@code holdSeconds}, 1 min
 * to 6 h; the configured {@code RESERVATION_TTL} when absent). A card sale holds its stock as long as its payment
 * link lives, so a buyer who pays late still finds the goods held. {@code till}: where the sale is rung up, kept
 * so a recall can say where each unit went.
 */
public record ReservationRequest(
        @NotBlank @Size(max = 100) String saleId,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
        @Min(value = 60, message = "must be at least 60 seconds")
        @Max(value = 21_600, message = "must be at most 21600 seconds (6 h)") Integer holdSeconds,
        @Size(max = 100) String till) {

    public record Line(
            @NotNull Long productId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 9, fraction = 6, message = "must have at most 9 digits and 6 decimals")
            BigDecimal quantity) {
    }
}
