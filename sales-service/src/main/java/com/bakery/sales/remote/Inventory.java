package com.bakery.sales.remote;

import com.bakery.sales.remote.InventoryClient.Reservation;
import com.bakery.sales.remote.InventoryClient.ReservationRequest;
import com.bakery.sales.remote.InventoryClient.ReturnRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * inventory-service behind a timeout and a circuit breaker: when it is down, calls fail at once instead of
 * holding a till. A 4xx answer is an answer, not a failure of the service, so it does not open the circuit.
 */
@ApplicationScoped
public class Inventory {

    private static final String NAME = "inventory-service";

    private final InventoryClient client;

    public Inventory(@RestClient InventoryClient client) {
        this.client = client;
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    public Reservation reserve(Caller caller, String saleId, List<ReservationRequest.Line> lines) {
        return Remote.call(NAME, () -> client.reserve(caller.authorization(), new ReservationRequest(saleId, lines)));
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    public Reservation commit(Caller caller, String saleId) {
        return Remote.call(NAME, () -> client.commit(caller.authorization(), saleId));
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    public Reservation release(Caller caller, String saleId) {
        return Remote.call(NAME, () -> client.release(caller.authorization(), saleId));
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    public void returnUnits(Caller caller, String key, long productId, ReturnRequest request) {
        Remote.call(NAME, () -> {
            client.returnUnits(caller.authorization(), key, productId, request);
            return null;
        });
    }
}
