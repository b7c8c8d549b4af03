package com.bakery.payments.webhook;

import com.bakery.common.problem.ProblemException;
import com.bakery.payments.payment.Payment;
import com.bakery.payments.payment.PaymentHistory;
import com.bakery.payments.payment.PaymentRepository;
import com.bakery.payments.payment.WebhookUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class WebhookService {

    private final PaymentRepository payments;
    private final WebhookDeliveryRepository deliveries;
    private final PaymentHistory history;

    public WebhookService(PaymentRepository payments, WebhookDeliveryRepository deliveries, PaymentHistory history) {
        this.payments = payments;
        this.deliveries = deliveries;
        this.history = history;
    }

    /** Stores a delivery for the payment whose webhook token this is; an unknown token is 404. */
    @Transactional
    public long receive(String token, WebhookBody body, String raw) {
        Payment payment = payments.findByWebhookTokenHash(WebhookUrls.hash(token))
                .orElseThrow(() -> new ProblemException(404, "webhook_not_found", "Not Found",
                        "No payment has this webhook address."));
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.tenantId = payment.tenantId;
        delivery.paymentId = payment.id;
        delivery.transactionNsu = body.transactionNsu();
        delivery.invoiceSlug = body.invoiceSlug();
        delivery.receiptUrl = body.receiptUrl();
        delivery.body = raw;
        deliveries.persist(delivery);
        history.note(payment, "WEBHOOK_RECEIVED", "transaction " + body.transactionNsu());
        return delivery.id;
    }
}
