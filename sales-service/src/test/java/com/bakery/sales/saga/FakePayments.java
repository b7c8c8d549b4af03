package com.bakery.sales.saga;

import com.bakery.sales.remote.Caller;
import com.bakery.sales.remote.PaymentStatus;
import com.bakery.sales.remote.PaymentSteps;
import com.bakery.sales.remote.PaymentsClient.Payment;
import com.bakery.sales.remote.PaymentsClient.PaymentRequest;
import com.bakery.sales.remote.PaymentsClient.Refund;
import com.bakery.sales.remote.PaymentsClient.RefundRequest;
import com.bakery.sales.remote.RemoteProblem;
import com.bakery.sales.remote.RemoteUnavailable;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * payments-service in memory: cash is captured at once, a card waits PENDING with a link. What happens to the next
 * payment can be set: declined at the provider, or made but its answer lost on the way back.
 */
final class FakePayments implements PaymentSteps {

    record Call(String what, String key, long paymentId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Call> calls = new ArrayList<>();
    final List<RefundRequest> refunds = new ArrayList<>();
    private final Map<String, Payment> byKey = new LinkedHashMap<>();
    private RuntimeException nextCreate;
    private boolean loseNextAnswer;
    private boolean unreachable;

    /** The next payment is refused with this problem, after payments-service recorded it FAILED. */
    FakePayments refusingNext(int status, String code) {
        nextCreate = problem(status, "{\"code\":\"" + code + "\",\"detail\":\"The provider said no.\","
                + "\"paymentId\":" + (byKey.size() + 1) + ",\"status\":\"FAILED\"}");
        return this;
    }

    /** The next payment is made, but the answer never reaches sales. */
    FakePayments losingNextAnswer() {
        loseNextAnswer = true;
        return this;
    }

    /** Every call fails without an answer until this is set back. */
    FakePayments unreachable(boolean down) {
        unreachable = down;
        return this;
    }

    List<String> whats() {
        return calls.stream().map(Call::what).toList();
    }

    Payment only() {
        return byKey.values().iterator().next();
    }

    /** The buyer paid, or the link expired: what payments-service now says of the payment. */
    Payment end(long id, PaymentStatus status) {
        Payment p = get(id);
        Payment ended = new Payment(p.id(), p.reference(), status, p.amountCents(),
                status == PaymentStatus.CAPTURED ? p.amountCents() : 0, 0, p.checkoutUrl(), null,
                status == PaymentStatus.CAPTURED ? null : "The payment ended " + status + ".", null);
        put(ended);
        return ended;
    }

    @Override
    public Payment create(Caller caller, String key, PaymentRequest request) {
        reach("create", key, 0);
        if (nextCreate != null) {
            RuntimeException refusal = nextCreate;
            nextCreate = null;
            put(new Payment(byKey.size() + 1, request.reference(), PaymentStatus.FAILED, request.amountCents(), 0, 0,
                    null, "provider_rejected", "The provider said no.", null));
            throw refusal;
        }
        Payment payment = byKey.computeIfAbsent(key, k -> {
            boolean cash = request.method().equals("CASH");
            return new Payment(byKey.size() + 1, request.reference(), cash ? PaymentStatus.CAPTURED
                    : PaymentStatus.PENDING, request.amountCents(), cash ? request.amountCents() : 0, 0,
                    cash ? null : "https://pay.example/" + key, null, null, null);
        });
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw new RemoteUnavailable("payments-service could not be reached: read timed out", null);
        }
        return payment;
    }

    @Override
    public Payment get(Caller caller, long id) {
        reach("get", null, id);
        return byKey.values().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> problem(404, "{\"code\":\"not_found\"}"));
    }

    private Payment get(long id) {
        return byKey.values().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @Override
    public List<Payment> byReference(Caller caller, String reference) {
        reach("byReference", reference, 0);
        return byKey.values().stream().filter(p -> p.reference().equals(reference)).toList();
    }

    @Override
    public Payment cancel(Caller caller, long id) {
        reach("cancel", null, id);
        if (get(id).status() != PaymentStatus.PENDING) {
            throw problem(409, "{\"code\":\"payment_not_pending\",\"detail\":\"The payment has ended.\"}");
        }
        return end(id, PaymentStatus.FAILED);
    }

    @Override
    public Refund refund(Caller caller, String key, long paymentId, RefundRequest request) {
        reach("refund", key, paymentId);
        refunds.add(request);
        Payment p = get(paymentId);
        put(new Payment(p.id(), p.reference(), PaymentStatus.REFUNDED, p.amountCents(), p.capturedCents(),
                request.amountCents(), p.checkoutUrl(), null, null, null));
        return new Refund(refunds.size(), "SUCCEEDED", request.amountCents(), null);
    }

    private void reach(String what, String key, long id) {
        calls.add(new Call(what, key, id));
        if (unreachable) {
            throw new RemoteUnavailable("payments-service could not be reached: connection refused", null);
        }
    }

    private void put(Payment payment) {
        String key = byKey.entrySet().stream().filter(e -> e.getValue().id() == payment.id()).map(Map.Entry::getKey)
                .findFirst().orElse("made-" + payment.id());
        byKey.put(key, payment);
    }

    private static RemoteProblem problem(int status, String json) {
        try {
            return new RemoteProblem("payments-service", status, JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
