package com.bakery.payments.provider.infinitepay;

import com.bakery.payments.provider.ProviderRejected;
import com.bakery.payments.provider.ProviderUnavailable;
import com.bakery.payments.provider.infinitepay.InfinitePayWire.LinkRequest;
import com.bakery.payments.provider.infinitepay.InfinitePayWire.LinkResponse;
import com.bakery.payments.provider.infinitepay.InfinitePayWire.PaymentCheckRequest;
import com.bakery.payments.provider.infinitepay.InfinitePayWire.PaymentCheckResponse;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** InfinitePay's checkout API; base URL, timeouts and the optional bearer token come from configuration. */
@RegisterRestClient(configKey = "infinitypay")
@RegisterProvider(InfinitePayToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InfinitePayClient {

    @POST
    @Path("/links")
    LinkResponse createLink(LinkRequest request);

    @POST
    @Path("/payment_check")
    PaymentCheckResponse checkPayment(PaymentCheckRequest request);

    /** 404 is "no such payment"; other 4xx are refusals; 5xx and the rest mean the provider is unavailable. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        String message = message(response);
        if (status == 404) {
            return new NotFoundAtProvider(message);
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new ProviderRejected("InfinitePay refused the request (" + status + "): " + message);
        }
        return new ProviderUnavailable("InfinitePay answered " + status + ": " + message, null);
    }

    private static String message(Response response) {
        try {
            InfinitePayWire.ErrorResponse error = response.readEntity(InfinitePayWire.ErrorResponse.class);
            return error != null && error.message() != null ? error.message() : "no message";
        } catch (RuntimeException e) {
            return "no readable message";
        }
    }

    /** The provider answered 404 {@code Not found}. */
    class NotFoundAtProvider extends RuntimeException {
        NotFoundAtProvider(String message) {
            super(message);
        }
    }
}
