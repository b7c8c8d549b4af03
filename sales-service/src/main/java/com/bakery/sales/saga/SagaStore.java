package com.bakery.sales.saga;

import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleStep;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Where the saga keeps its sales: each call its own transaction, so a remote call never runs inside one. The saga
 * reads a sale, calls another service, then stores that step's outcome with {@link #update}.
 */
public interface SagaStore {

    /** The sale as last stored, or null. */
    Sale find(UUID saleId);

    /**
     * Applies {@code change} under the sale's lock if the sale is still at {@code expected}, with the steps it took:
     * the sale as it now is, or null when it had moved on meanwhile (another replica, an event, recovery).
     */
    Sale update(UUID saleId, SaleStep expected, Consumer<Sale> change);

    /** Removes a sale that never got past its first step because its input was wrong. */
    void discard(UUID saleId);
}
