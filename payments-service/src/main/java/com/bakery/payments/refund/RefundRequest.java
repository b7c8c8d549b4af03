package com.bakery.payments.refund;

import jakarta.validation.constraints.Max;
import com.bakery.payments.payment.PaymentRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public record RefundRequest(
        @NotNull @Positive
        @Max(value = PaymentRequest.MAX_CENTS, message = "must be at most " + PaymentRequest.MAX_CENTS)
        Long amountCents,
        @Size(max = 500) String reason) {
}
