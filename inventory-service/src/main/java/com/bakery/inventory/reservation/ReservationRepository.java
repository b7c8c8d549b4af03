package com.bakery.inventory.reservation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ReservationRepository implements PanacheRepository<Reservation> {

    public Optional<Reservation> forSale(String tenant, String saleId) {
        return find("tenantId = ?1 and saleId = ?2", tenant, saleId).firstResultOptional();
    }

    /** Held reservations whose time is up, the longest overdue first. */
    public List<Reservation> due(Instant now, int limit) {
        return find("status = ?1 and expiresAt <= ?2 order by expiresAt", Reservation.Status.RESERVED, now)
                .page(0, limit).list();
    }
}
