package com.bakery.payments.payment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** {@code reference} is what the payment is for: the sale id at the point of sale. */
public record PaymentRequest(
        @NotBlank @Size(max = 100) String reference,
        @NotNull @Positive @Max(value = MAX_CENTS, message = "must be at most " + MAX_CENTS) Long amountCents,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as BRL") String currency,
        @NotNull PaymentMethod method,
        @Size(max = 200) String description) {

    /** The largest payment (10^12 in the currency's major unit): sums of its refunds stay far inside a long. */
    public static final long MAX_CENTS = 100_000_000_000_000L;
}
