package com.bakery.gateway.identity.till;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.RandomTokens;
import com.bakery.common.security.Sha256;
import com.bakery.gateway.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers and revokes a tenant's tills. A till proves itself with a device token of 256 random bits, shown once
 * and stored as SHA-256 (nothing to guess, so no slow hash).
 */
@ApplicationScoped
public class TillService {

    /** A till just registered, with the device token it will present (never shown again). */
    public record Registered(Till till, String deviceToken) {
    }

    private final TillRepository tills;
    private final Event<TillRevoked> revoked;

    public TillService(TillRepository tills, Event<TillRevoked> revoked) {
        this.tills = tills;
        this.revoked = revoked;
    }

    @Transactional
    public Registered register(String tenant, String name) {
        String token = RandomTokens.of(32);
        Till till = new Till(UUID.randomUUID(), tenant, name.strip(), Database.now(), null);
        try {
            tills.insert(till, Sha256.hex(token));
        } catch (Database.DataAccessException e) {
            if (!"23505".equals(e.sqlState())) { // unique_violation: an active till of this tenant has the name
                throw e;
            }
            throw ProblemException.conflict("till_name_taken", "A till named " + till.name() + " exists already.");
        }
        return new Registered(till, token);
    }

    /** The till a device token names, unless revoked. */
    public Optional<Till> identify(String deviceToken) {
        return deviceToken == null || deviceToken.isBlank() ? Optional.empty()
                : tills.byTokenHash(Sha256.hex(deviceToken));
    }

    /** Revokes the till and, in the same transaction, ends every session on it. */
    @Transactional
    public void revoke(String tenant, UUID id) {
        if (!tills.revoke(tenant, id)) {
            throw new NotFoundProblem("till", id);
        }
        revoked.fire(new TillRevoked(id));
    }
}
