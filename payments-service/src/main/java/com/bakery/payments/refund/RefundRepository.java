package com.bakery.payments.refund;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RefundRepository implements TenantRepository<Refund, Long> {

    public Refund getInTenant(String tenant, long paymentId, long refundId) {
        return findInTenant(tenant, "id = ?1 and paymentId = ?2", refundId, paymentId).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("refund", refundId));
    }

    /** The payment's refunds, oldest first. */
    public List<Refund> ofPayment(String tenant, long paymentId) {
        return findInTenant(tenant, "paymentId = ?1 order by id", paymentId).list();
    }

    /** Cents of the payment's refunds asked for and not yet made or cancelled. */
    public long waitingCents(long paymentId) {
        return getEntityManager().createQuery("select coalesce(sum(r.amountCents), 0) from Refund r "
                + "where r.paymentId = ?1 and r.status = ?2", Long.class)
                .setParameter(1, paymentId).setParameter(2, Refund.Status.REFUND_REQUESTED).getSingleResult();
    }
}
