package com.bakery.payments.payment;

import com.bakery.common.trace.TraceParent;
import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.idempotency.KeyedCreation;
import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.Sha256;
import com.bakery.payments.provider.PaymentProvider;
import com.bakery.payments.provider.PaymentProvider.Charge;
import com.bakery.payments.provider.PaymentProvider.ChargeRequest;
import com.bakery.payments.provider.PaymentProvider.StatusCheck;
import com.bakery.payments.provider.PaymentProvider.StatusQuery;
import com.bakery.payments.provider.ProviderRejected;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Creates payments and confirms card payments. The provider is never called inside a database transaction: a
 * card payment is stored PENDING first (so every attempt is on record), then the link is created, then the
 * outcome is stored.
 */
@ApplicationScoped
public class PaymentService {

    public record Outcome(Payment payment, boolean created) {
    }

    private final PaymentRepository payments;
    private final PaymentProvider provider;
    private final PaymentEvents events;
    private final WebhookUrls webhooks;
    private final ObjectMapper json;
    private final PaymentHistory history;

    public PaymentService(PaymentRepository payments, PaymentProvider provider, PaymentEvents events,
            WebhookUrls webhooks, ObjectMapper json, PaymentHistory history) {
        this.payments = payments;
        this.provider = provider;
        this.events = events;
        this.webhooks = webhooks;
        this.json = json;
        this.history = history;
    }

    /** The same key with the same request returns the payment it created; with another request it is refused. */
    public Outcome create(String tenant, String user, String key, PaymentRequest request) {
        Idempotency.require(key, "so a retry never charges twice");
        if (request.method() == PaymentMethod.CARD
                && !provider.capabilities().currencies().contains(request.currency())) {
            throw ProblemException.unprocessable("currency_not_supported",
                    "Card payments go through " + provider.name() + ", which charges only "
                            + String.join(", ", provider.capabilities().currencies()) + "; " + request.currency()
                            + " is not supported.",
                    List.of(new Problem.FieldError("currency", "card payments must be in "
                            + String.join(", ", provider.capabilities().currencies()))));
        }
        String hash = hash(request);
        String token = request.method() == PaymentMethod.CARD ? WebhookUrls.newToken() : null;
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> open(tenant, user, key, hash, request, token));
        if (outcome.created() && outcome.payment().method == PaymentMethod.CARD) {
            return new Outcome(charge(outcome.payment().id, token), true);
        }
        return outcome;
    }

    private Outcome open(String tenant, String user, String key, String hash, PaymentRequest request, String token) {
        var opened = KeyedCreation.once(payments.getEntityManager(), "payment-key:" + tenant + ":" + key,
                () -> payments.findByKey(tenant, key), found -> found.requestHash.equals(hash),
                () -> ProblemException.unprocessable("idempotency_key_reused",
                        "This Idempotency-Key was already used for a different payment."),
                () -> newPayment(tenant, user, key, hash, request, token));
        return new Outcome(opened.row(), opened.created());
    }

    private Payment newPayment(String tenant, String user, String key, String hash, PaymentRequest request,
            String token) {
        Payment payment = new Payment();
        payment.tenantId = tenant;
        payment.idempotencyKey = key;
        payment.requestHash = hash;
        payment.reference = request.reference();
        payment.method = request.method();
        payment.amountCents = request.amountCents();
        payment.currency = request.currency();
        payment.description = request.description();
        payment.createdBy = user;
        payment.traceparent = TraceParent.current();
        if (token != null) {
            payment.provider = provider.name();
            payment.orderNsu = UUID.randomUUID().toString();
            payment.webhookTokenHash = WebhookUrls.hash(token);
        }
        payments.persist(payment);
        history.note(payment, "CREATED", payment.method + " " + payment.amountCents + " " + payment.currency);
        if (payment.method == PaymentMethod.CASH) {
            payment.capture(Instant.now(), history);
            events.publish(PaymentEvents.CAPTURED, payment);
        }
        return payment;
    }

    private Payment charge(long paymentId, String token) {
        Payment pending = QuarkusTransaction.requiringNew().call(() -> payments.findById(paymentId));
        String description = pending.description != null ? pending.description : "Bakery " + pending.reference;
        try {
            Charge charge = provider.createCharge(new ChargeRequest(pending.orderNsu, pending.amountCents,
                    pending.currency, description, webhooks.urlFor(token)));
            return QuarkusTransaction.requiringNew().call(() -> {
                Payment payment = payments.lock(paymentId);
                payment.checkoutUrl = charge.checkoutUrl();
                payment.slug = charge.slug();
                payment.updatedAt = Instant.now();
                history.note(payment, "LINK_CREATED", "slug " + charge.slug());
                return payment;
            });
        } catch (ProviderRejected e) {
            return failAtProvider(paymentId, "provider_rejected", e.getMessage());
        } catch (CircuitBreakerOpenException e) {
            return failAtProvider(paymentId, "provider_unavailable", provider.name()
                    + " failed repeatedly, so calls to it are paused for a while (circuit open).");
        } catch (RuntimeException e) {
            // unreachable, timed out, 5xx, or the circuit breaker is open
            return failAtProvider(paymentId, "provider_unavailable", provider.name() + " is unavailable: "
                    + e.getMessage());
        }
    }

    private Payment failAtProvider(long paymentId, String code, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Payment payment = payments.lock(paymentId);
            history.note(payment, "PROVIDER_ERROR", reason);
            payment.fail(code, reason, history);
            events.publish(PaymentEvents.FAILED, payment);
            return payment;
        });
    }

    /**
     * Confirms with the provider that {@code transactionNsu} paid this payment's link, for the full amount, and
     * captures it; returns the outcome. Nothing a webhook body says is trusted but the transaction number to
     * ask about (and the receipt link, kept only once the provider confirmed the payment).
     *
     * @throws RuntimeException when the provider cannot be asked now (the caller tries again later)
     */
    /** The trace context the payment was created in; null when none was recorded. */
    public String traceparent(long paymentId) {
        Payment payment = payments.findById(paymentId);
        return payment == null ? null : payment.traceparent;
    }

    public String confirm(long paymentId, String transactionNsu, String receiptUrl) {
        Payment known = QuarkusTransaction.requiringNew().call(() -> payments.findById(paymentId));
        if (known.status.isCaptured() && transactionNsu.equals(known.transactionNsu)) {
            return "duplicate";
        }
        if (known.slug == null) {
            return "no_link";
        }
        StatusCheck check = provider.checkStatus(new StatusQuery(known.orderNsu, transactionNsu, known.slug));
        return QuarkusTransaction.requiringNew().call(() -> apply(payments.lock(paymentId), transactionNsu,
                receiptUrl, check));
    }

    private String apply(Payment payment, String transactionNsu, String receiptUrl, StatusCheck check) {
        history.note(payment, "STATUS_CHECKED", "transaction " + transactionNsu + ": "
                + (!check.found() ? "not found" : check.paid() ? "paid " + check.amountCents() : "not paid"));
        if (!check.found()) {
            return "not_found";
        }
        if (!check.paid()) {
            return "not_paid";
        }
        if (transactionNsu.equals(payment.transactionNsu)) {
            return "duplicate";
        }
        if (check.amountCents() != payment.amountCents) {
            payment.attention = "The provider reports transaction " + transactionNsu + " paid "
                    + check.amountCents() + " cents instead of " + payment.amountCents
                    + ": check it in the " + payment.provider + " app.";
            return "amount_mismatch";
        }
        if (payment.status != PaymentStatus.PENDING) {
            // money was taken after this payment ended (expired, failed, or already paid once): a person refunds it
            String attention = "Transaction " + transactionNsu + " paid this link after the payment was "
                    + payment.status + ": refund it in the " + payment.provider + " app.";
            if (attention.equals(payment.attention)) {
                return "paid_late"; // flagged already (both replicas confirmed the delivery): one event is enough
            }
            payment.attention = attention;
            payment.updatedAt = Instant.now();
            history.note(payment, "PAID_LATE", payment.attention);
            events.publish(PaymentEvents.PAID_LATE, payment);
            return "paid_late";
        }
        payment.transactionNsu = transactionNsu;
        payment.receiptUrl = receiptUrl != null && receiptUrl.startsWith("https://") ? receiptUrl : null;
        payment.paidAmountCents = check.paidAmountCents();
        payment.installments = check.installments();
        payment.captureMethod = check.captureMethod();
        payment.capture(Instant.now(), history);
        events.publish(PaymentEvents.CAPTURED, payment);
        return "captured";
    }

    /**
     * The till gives up on a PENDING card payment (the buyer's card was declined, or the buyer left). Cancelling
     * again is harmless; a captured payment is refunded instead. If the link is paid after all, reconciliation
     * flags the payment for a refund rather than capturing it.
     */
    @Transactional
    public Payment cancel(String tenant, String user, long paymentId) {
        Payment payment = payments.lockInTenant(tenant, paymentId);
        if (payment.status == PaymentStatus.FAILED && "cancelled".equals(payment.failureCode)) {
            return payment;
        }
        if (payment.status != PaymentStatus.PENDING) {
            throw ProblemException.conflict("illegal_transition", "Payment " + paymentId + " is "
                    + payment.status + " and cannot be cancelled" + (payment.status.isCaptured()
                            ? "; refund it instead." : "."));
        }
        payment.fail("cancelled", "Cancelled by " + user + ".", history);
        events.publish(PaymentEvents.FAILED, payment);
        return payment;
    }

    /** Ends a card payment whose link was never paid in time (or never created). */
    public void expire(long paymentId, String code, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            Payment payment = payments.lock(paymentId);
            if (payment.status != PaymentStatus.PENDING) {
                return;
            }
            if ("expired".equals(code)) {
                payment.moveTo(PaymentStatus.EXPIRED, reason, history);
                payment.failureCode = code;
                payment.failureReason = reason;
                events.publish(PaymentEvents.EXPIRED, payment);
            } else {
                payment.fail(code, reason, history);
                events.publish(PaymentEvents.FAILED, payment);
            }
        });
    }

    /**
     * Expires a PENDING payment nobody could confirm either way, with a note for a person; false when it was not
     * PENDING any more (another replica's reconciliation ended it first).
     */
    public boolean expireUnconfirmed(long paymentId, String reason, String attention) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Payment payment = payments.lock(paymentId);
            if (payment.status != PaymentStatus.PENDING) {
                return false;
            }
            payment.moveTo(PaymentStatus.EXPIRED, reason, history);
            payment.failureCode = "expired_unconfirmed";
            payment.failureReason = reason;
            payment.attention = attention;
            history.note(payment, "ATTENTION", attention);
            events.publish(PaymentEvents.EXPIRED, payment);
            return true;
        });
    }

    private String hash(PaymentRequest request) {
        try {
            return Sha256.hex(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
