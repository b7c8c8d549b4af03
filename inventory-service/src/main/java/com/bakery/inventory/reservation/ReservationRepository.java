package com.bakery.inventory.reservation;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ReservationRepository implements TenantRepository<Reservation, Long> {

    public Optional<Reservation> forSale(String tenant, String saleId) {
        return findInTenant(tenant, "saleId = ?1", saleId).firstResultOptional();
    }

    /** Held reservations whose time is up, the longest overdue first. */
    public List<Reservation> due(Instant now, int limit) {
        return find("status = ?1 and expiresAt <= ?2 order by expiresAt", Reservation.Status.RESERVED, now)
                .page(0, limit).list();
    }
}
