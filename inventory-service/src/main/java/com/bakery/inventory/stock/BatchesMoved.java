package com.bakery.inventory.stock;

import java.util.List;

/** Fired, in the movement's transaction, after a ledger row moved stock in or out of these batches. */
public record BatchesMoved(String tenantId, long materialId, List<Long> batchIds) {
}
