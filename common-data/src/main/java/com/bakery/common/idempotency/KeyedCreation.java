package com.bakery.common.idempotency;

import com.bakery.common.lock.AdvisoryLock;
import com.bakery.common.problem.ProblemException;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A row made once per key (a sale per Idempotency-Key, a payment per key, a reservation per sale): under an advisory
 * lock on the key, so a concurrent retry waits for the first and then finds its row; the row found is handed back if
 * it was made for the same request, and refused if it was made for another. Call it inside the transaction that
 * keeps the new row.
 */
public final class KeyedCreation {

    /** The row, and whether this call made it. */
    public record Outcome<T>(T row, boolean created) {
    }

    private KeyedCreation() {
    }

    public static <T> Outcome<T> once(EntityManager em, String lockName, Supplier<Optional<T>> find,
            Predicate<T> sameRequest, Supplier<ProblemException> otherRequest, Supplier<T> create) {
        AdvisoryLock.lock(em, lockName);
        Optional<T> existing = find.get();
        if (existing.isPresent()) {
            if (!sameRequest.test(existing.get())) {
                throw otherRequest.get();
            }
            return new Outcome<>(existing.get(), false);
        }
        return new Outcome<>(create.get(), true);
    }
}
