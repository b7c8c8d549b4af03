package com.bakery.sales.saga;

import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleLine;
import com.bakery.sales.sale.SaleStep;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The saga's store in memory, for state-machine tests. Like the database, it hands out copies: a sale read
 * before another replica moved it stays as it was read, so a stale step can be shown to change nothing.
 */
final class MemorySagaStore implements SagaStore {

    private final Map<UUID, Sale> stored = new HashMap<>();
    private final Map<UUID, List<SaleStep>> path = new HashMap<>();

    Sale add(Sale sale) {
        stored.put(sale.id, copy(sale));
        path.put(sale.id, new ArrayList<>(List.of(sale.step)));
        return copy(sale);
    }

    /** Every step the sale was stored at, in order, its first included. */
    List<SaleStep> path(UUID saleId) {
        return path.get(saleId);
    }

    @Override
    public Sale find(UUID saleId) {
        Sale sale = stored.get(saleId);
        return sale == null ? null : copy(sale);
    }

    @Override
    public Sale update(UUID saleId, SaleStep expected, Consumer<Sale> change) {
        Sale sale = stored.get(saleId);
        if (sale.step != expected) {
            return null;
        }
        Sale changed = copy(sale);
        changed.attempts++;
        change.accept(changed);
        stored.put(saleId, copy(changed));
        if (changed.step != expected) {
            path.get(saleId).add(changed.step);
        }
        return changed;
    }

    @Override
    public void discard(UUID saleId) {
        stored.remove(saleId);
    }

    private static Sale copy(Sale sale) {
        Sale copy = copyFields(sale, new Sale());
        copy.lines = new ArrayList<>(sale.lines.stream().map(l -> copyFields(l, new SaleLine())).toList());
        return copy;
    }

    /** A field-by-field copy: the entity's public fields are its state. */
    private static <T> T copyFields(T from, T to) {
        try {
            for (Field field : from.getClass().getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    field.set(to, field.get(from));
                }
            }
            return to;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
