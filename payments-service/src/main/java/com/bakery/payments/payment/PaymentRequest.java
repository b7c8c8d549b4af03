package com.bakery.payments.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** {@code reference} is what the payment is for: the sale id at the point of sale. */
public record PaymentRequest(
        @NotBlank @Size(max = 100) String reference,
        @NotNull @Positive Long amountCents,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as BRL") String currency,
        @NotNull PaymentMethod method,
        @Size(max = 200) String description) {
}
