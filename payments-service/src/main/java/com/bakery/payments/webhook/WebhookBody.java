package com.bakery.payments.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The fields of InfinitePay's {@code paymentApproved} webhook this service reads. The rest (amounts, items) is
 * ignored: the body is never trusted, the provider is asked instead.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookBody(
        @JsonProperty("transaction_nsu") String transactionNsu,
        @JsonProperty("invoice_slug") String invoiceSlug,
        @JsonProperty("order_nsu") String orderNsu,
        @JsonProperty("receipt_url") String receiptUrl) {
}
