package com.bakery.sales.saga;

import com.bakery.sales.remote.Caller;
import com.bakery.sales.remote.InventoryClient.Reservation;
import com.bakery.sales.remote.InventoryClient.ReservationRequest;
import com.bakery.sales.remote.RemoteProblem;
import com.bakery.sales.remote.RemoteUnavailable;
import com.bakery.sales.remote.ReservationSteps;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** inventory-service's reservation steps in memory: what was asked, in order, and failures to answer with. */
final class FakeInventory implements ReservationSteps {

    enum Step { RESERVE, COMMIT, RELEASE }

    record Product(long id, String name, long priceCents, String currency, long unitCostCents) {
    }

    record Call(Step step, String saleId, Integer holdSeconds) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Call> calls = new ArrayList<>();
    private final Map<Long, Product> products = new HashMap<>();
    private final Map<String, ReservationRequest> held = new HashMap<>();
    private final Map<Step, Deque<RuntimeException>> failures = new EnumMap<>(Step.class);

    FakeInventory with(Product product) {
        products.put(product.id(), product);
        return this;
    }

    /** The next call of {@code step} throws {@code failure} instead of answering. */
    FakeInventory failing(Step step, RuntimeException failure) {
        failures.computeIfAbsent(step, s -> new ArrayDeque<>()).add(failure);
        return this;
    }

    List<Step> steps() {
        return calls.stream().map(Call::step).toList();
    }

    static RemoteUnavailable unavailable() {
        return new RemoteUnavailable("inventory-service could not be reached: connection refused", null);
    }

    static RemoteProblem problem(int status, String json) {
        try {
            return new RemoteProblem("inventory-service", status, JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public Reservation reserve(Caller caller, String saleId, List<ReservationRequest.Line> lines, Integer holdSeconds,
            String till) {
        answer(new Call(Step.RESERVE, saleId, holdSeconds));
        held.put(saleId, new ReservationRequest(saleId, lines, holdSeconds, till));
        return reservation(saleId, "HELD", false);
    }

    @Override
    public Reservation commit(Caller caller, String saleId) {
        answer(new Call(Step.COMMIT, saleId, null));
        return reservation(saleId, "COMMITTED", true);
    }

    @Override
    public Reservation release(Caller caller, String saleId) {
        answer(new Call(Step.RELEASE, saleId, null));
        if (held.remove(saleId) == null) {
            throw problem(404, "{\"code\":\"not_found\",\"detail\":\"No reservation " + saleId + ".\"}");
        }
        return new Reservation(saleId, "RELEASED", List.of(), null);
    }

    private void answer(Call call) {
        calls.add(call);
        Deque<RuntimeException> queued = failures.get(call.step());
        if (queued != null && !queued.isEmpty()) {
            throw queued.poll();
        }
    }

    private Reservation reservation(String saleId, String status, boolean costed) {
        List<Reservation.Line> lines = new ArrayList<>();
        long cogs = 0;
        for (ReservationRequest.Line line : held.get(saleId).lines()) {
            Product p = products.get(line.productId());
            long units = line.quantity().longValueExact(); // the fake sells whole units only
            Long lineCogs = costed ? p.unitCostCents() * units : null;
            cogs += costed ? lineCogs : 0;
            lines.add(new Reservation.Line(p.id(), p.name(), line.quantity(), p.priceCents(),
                    p.currency(), lineCogs, p.priceCents() * units, 0L, "UNIT"));
        }
        return new Reservation(saleId, status, lines, costed ? cogs : null);
    }
}
