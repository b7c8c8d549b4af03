package com.bakery.payments.refund;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public record RefundRequest(@NotNull @Positive Long amountCents, @Size(max = 500) String reason) {
}
