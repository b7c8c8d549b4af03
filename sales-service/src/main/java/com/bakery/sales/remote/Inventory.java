package com.bakery.sales.remote;

import com.bakery.sales.remote.InventoryClient.Reservation;
import com.bakery.sales.remote.InventoryClient.ReservationRequest;
import com.bakery.sales.remote.InventoryClient.ReturnRequest;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * inventory-service behind a timeout and a circuit breaker: when it is down, calls fail at once instead of
 * holding a till. A 4xx answer is an answer, not a failure of the service, so it does not open the circuit.
 * The reservation steps are the saga's own, not the user's: inventory lets only the {@code service} role take
 * them (a cashier could otherwise hold or take stock directly), so they go with a service token of the caller's
 * tenant.
 * Those three are asked again, twice, when inventory cannot be reached or fails: each is idempotent by sale, and
 * a replica that went away stays in DNS for a few seconds, so the next try goes to the next address instead of
 * leaving the sale to recovery.
 */
@ApplicationScoped
public class Inventory implements ReservationSteps {

    private static final String NAME = "inventory-service";

    private final InventoryClient client;
    private final ServiceTokens tokens;

    public Inventory(@RestClient InventoryClient client, ServiceTokens tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    @Retry(maxRetries = 2, delay = 100, jitter = 50, retryOn = RemoteUnavailable.class)
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    @Timed(value = "bakery.saga.step", extraTags = { "step", "reserve" })
    @Override
    public Reservation reserve(Caller caller, String saleId, List<ReservationRequest.Line> lines,
            Integer holdSeconds, String till) {
        return Remote.call(NAME, () -> client.reserve(asService(caller),
                new ReservationRequest(saleId, lines, holdSeconds, till)));
    }

    @Retry(maxRetries = 2, delay = 100, jitter = 50, retryOn = RemoteUnavailable.class)
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    @Timed(value = "bakery.saga.step", extraTags = { "step", "commit" })
    @Override
    public Reservation commit(Caller caller, String saleId) {
        return Remote.call(NAME, () -> client.commit(asService(caller), saleId));
    }

    @Retry(maxRetries = 2, delay = 100, jitter = 50, retryOn = RemoteUnavailable.class)
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    @Timed(value = "bakery.saga.step", extraTags = { "step", "release" })
    @Override
    public Reservation release(Caller caller, String saleId) {
        return Remote.call(NAME, () -> client.release(asService(caller), saleId));
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    public void returnUnits(Caller caller, String key, long productId, ReturnRequest request) {
        Remote.call(NAME, () -> {
            client.returnUnits(caller.authorization(), key, productId, request);
            return null;
        });
    }

    /** The tenant's waste over days of its zone, read with a service token, as analytics' readers need not bake. */
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RemoteProblem.class)
    public InventoryClient.WasteReport waste(String tenant, LocalDate from, LocalDate to, ZoneId zone) {
        return Remote.call(NAME, () -> client.waste(tokens.callerFor(tenant).authorization(), from.toString(),
                to.toString(), zone.getId()));
    }

    private String asService(Caller caller) {
        return tokens.callerFor(caller.tenant()).authorization();
    }
}
