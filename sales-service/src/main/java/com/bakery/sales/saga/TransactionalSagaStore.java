package com.bakery.sales.saga;

import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleRepository;
import com.bakery.sales.sale.SaleStep;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Consumer;

/** The saga's sales in PostgreSQL, one new transaction a call: what checkout's commit count is made of. */
@ApplicationScoped
class TransactionalSagaStore implements SagaStore {

    private final SaleRepository sales;

    TransactionalSagaStore(SaleRepository sales) {
        this.sales = sales;
    }

    @Override
    public Sale find(UUID saleId) {
        return QuarkusTransaction.requiringNew().call(() -> sales.findById(saleId));
    }

    @Override
    public Sale update(UUID saleId, SaleStep expected, Consumer<Sale> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Sale sale = sales.lock(saleId);
            if (sale.step != expected) {
                return null;
            }
            sale.attempts++;
            change.accept(sale);
            sales.saveSteps(sale);
            return sale;
        });
    }

    @Override
    public void discard(UUID saleId) {
        QuarkusTransaction.requiringNew().run(() -> sales.discard(saleId));
    }
}
