package com.bakery.payments.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One webhook delivery as received, and what confirming it with the provider found. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "payment_id", nullable = false, updatable = false)
    public Long paymentId;

    @Column(name = "transaction_nsu", nullable = false, updatable = false)
    public String transactionNsu;

    @Column(name = "invoice_slug", updatable = false)
    public String invoiceSlug;

    @Column(name = "receipt_url", updatable = false)
    public String receiptUrl;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt = Instant.now();

    @Column(nullable = false)
    public int attempts;

    @Column(name = "processed_at")
    public Instant processedAt;

    public String outcome;
}
