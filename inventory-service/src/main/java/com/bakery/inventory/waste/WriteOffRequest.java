package com.bakery.inventory.waste;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Body of POST /api/inventory/write-offs: units thrown away for a reason (burnt, dropped), oldest first. */
public record WriteOffRequest(
        @NotNull Long productId,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 9, fraction = 3, message = "must have at most 9 digits and 3 decimals") BigDecimal quantity,
        @NotBlank @Size(max = 200) String reason) {
}
