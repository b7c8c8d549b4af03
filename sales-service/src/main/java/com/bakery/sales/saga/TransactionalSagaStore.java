package com.bakery.sales.saga;

import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleRepository;
import com.bakery.sales.sale.SaleStep;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The saga's sales in PostgreSQL, one new transaction a call: what checkout's commit count is made of. A sale that
 * completes gets its receipt number in the same transaction; a sale whose update ended it is counted and logged
 * once the update has committed.
 */
@ApplicationScoped
class TransactionalSagaStore implements SagaStore {

    private final SaleRepository sales;
    private final SaleEndings endings;

    TransactionalSagaStore(SaleRepository sales, SaleEndings endings) {
        this.sales = sales;
        this.endings = endings;
    }

    @Override
    public Sale find(UUID saleId) {
        return QuarkusTransaction.requiringNew().call(() -> sales.findById(saleId));
    }

    @Override
    public Sale update(UUID saleId, SaleStep expected, Consumer<Sale> change) {
        Sale updated = QuarkusTransaction.requiringNew().call(() -> {
            Sale sale = sales.lock(saleId);
            if (sale.step != expected) {
                return null;
            }
            sale.attempts++;
            change.accept(sale);
            if (sale.step == SaleStep.COMPLETED && sale.receiptNumber == null) {
                sale.receiptNumber = sales.nextReceiptNumber(sale.tenantId);
            }
            sales.saveSteps(sale);
            return sale;
        });
        if (updated != null && updated.step.finished()) {
            endings.ended(updated);
        }
        return updated;
    }

    @Override
    public void discard(UUID saleId) {
        QuarkusTransaction.requiringNew().run(() -> sales.discard(saleId));
    }
}
