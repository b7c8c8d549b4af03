package com.bakery.sales.refund;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SaleRefundRepository implements PanacheRepository<SaleRefund> {

    /** A sale's refunds, oldest first. */
    public List<SaleRefund> ofSale(UUID saleId) {
        return list("saleId = ?1 order by id", saleId);
    }
}
