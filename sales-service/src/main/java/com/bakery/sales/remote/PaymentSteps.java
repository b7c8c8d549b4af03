package com.bakery.sales.remote;

import com.bakery.sales.remote.PaymentsClient.Payment;
import com.bakery.sales.remote.PaymentsClient.PaymentRequest;
import com.bakery.sales.remote.PaymentsClient.Refund;
import com.bakery.sales.remote.PaymentsClient.RefundRequest;
import java.util.List;

/**
 * What sales asks of payments-service; every call that moves money carries a key. Each throws
 * {@link RemoteProblem} when payments answers no, {@link RemoteUnavailable} (or a fault-tolerance exception) when
 * it cannot answer.
 */
public interface PaymentSteps {

    Payment create(Caller caller, String key, PaymentRequest request);

    Payment get(Caller caller, long id);

    /** Every payment made under a reference (a sale's id). */
    List<Payment> byReference(Caller caller, String reference);

    Payment cancel(Caller caller, long id);

    Refund refund(Caller caller, String key, long paymentId, RefundRequest request);
}
