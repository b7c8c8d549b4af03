package com.bakery.simulators.infinitepay;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A hosted checkout link as the simulator keeps it. */
final class Link {

    enum Status { OPEN, PAID, DECLINED }

    final String slug;
    final String handle;
    final String orderNsu;
    final int amount;
    final JsonArray items;
    final String webhookUrl;
    final String redirectUrl;
    final String checkoutUrl;
    final Instant createdAt = Instant.now();

    Status status = Status.OPEN;
    String transactionNsu;
    int paidAmount;
    int chargedAmount;
    int installments;
    String captureMethod;
    String receiptUrl;
    final List<JsonObject> deliveries = new ArrayList<>();

    Link(String slug, String handle, String orderNsu, int amount, JsonArray items, String webhookUrl,
            String redirectUrl, String checkoutUrl) {
        this.slug = slug;
        this.handle = handle;
        this.orderNsu = orderNsu;
        this.amount = amount;
        this.items = items;
        this.webhookUrl = webhookUrl;
        this.redirectUrl = redirectUrl;
        this.checkoutUrl = checkoutUrl;
    }

    /** The provider's {@code paymentApproved} webhook body. */
    synchronized JsonObject webhookBody() {
        return new JsonObject()
                .put("invoice_slug", slug)
                .put("amount", chargedAmount)
                .put("paid_amount", paidAmount)
                .put("installments", installments)
                .put("capture_method", captureMethod)
                .put("transaction_nsu", transactionNsu)
                .put("order_nsu", orderNsu)
                .put("receipt_url", receiptUrl)
                .put("items", items);
    }

    synchronized JsonObject toJson() {
        return new JsonObject()
                .put("slug", slug).put("handle", handle).put("order_nsu", orderNsu).put("amount", amount)
                .put("items", items).put("webhook_url", webhookUrl).put("redirect_url", redirectUrl)
                .put("checkout_url", checkoutUrl).put("created_at", createdAt.toString())
                .put("status", status.name()).put("transaction_nsu", transactionNsu)
                .put("paid_amount", paidAmount).put("charged_amount", chargedAmount)
                .put("installments", installments).put("capture_method", captureMethod)
                .put("receipt_url", receiptUrl).put("deliveries", new JsonArray(new ArrayList<>(deliveries)));
    }
}
