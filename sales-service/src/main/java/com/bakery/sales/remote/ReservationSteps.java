package com.bakery.sales.remote;

import com.bakery.sales.remote.InventoryClient.Reservation;
import com.bakery.sales.remote.InventoryClient.ReservationRequest;
import java.util.List;

/**
 * The checkout saga's steps at inventory-service, each idempotent by sale id. Each throws {@link RemoteProblem}
 * when inventory answers no, {@link RemoteUnavailable} (or a fault-tolerance exception) when it cannot answer.
 */
public interface ReservationSteps {

    /**
     * Holds the lines' stock for the sale, all or nothing; {@code holdSeconds} null for inventory's default;
     * {@code till}: the till's name the sale is rung up at (kept for recalls), or null.
     */
    Reservation reserve(Caller caller, String saleId, List<ReservationRequest.Line> lines, Integer holdSeconds,
            String till);

    /** Takes the held stock for good, with its FIFO cost. */
    Reservation commit(Caller caller, String saleId);

    /** Gives the held stock back. */
    Reservation release(Caller caller, String saleId);
}
