package com.bakery.payments.provider.infinitepay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The bodies of InfinitePay's Integrated Checkout API, field for field (see shared/notes/infinitepay.md). */
final class InfinitePayWire {

    private InfinitePayWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LinkRequest(String handle, List<Item> items, @JsonProperty("order_nsu") String orderNsu,
            @JsonProperty("redirect_url") String redirectUrl, @JsonProperty("webhook_url") String webhookUrl) {
    }

    /** Prices are integer BRL cents. */
    record Item(int quantity, long price, String description) {
    }

    /** The reference shows {@code checkout_url}, and elsewhere {@code link} with {@code slug}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LinkResponse(@JsonProperty("checkout_url") String checkoutUrl, String link, String slug) {
    }

    record PaymentCheckRequest(String handle, @JsonProperty("order_nsu") String orderNsu,
            @JsonProperty("transaction_nsu") String transactionNsu, String slug) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentCheckResponse(Boolean success, Boolean paid, Long amount,
            @JsonProperty("paid_amount") Long paidAmount, Integer installments,
            @JsonProperty("capture_method") String captureMethod, String message) {
    }

    /** Every error answer (read by the client's exception mapper, so registered for native reflection): {@code {"success": false, "message": "..."}}. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorResponse(Boolean success, String message) {
    }
}
