package com.bakery.common.lock;

import jakarta.persistence.EntityManager;

/**
 * A PostgreSQL transaction-level advisory lock on a name: transactions taking the same name run one after the
 * other, the lock going with the commit. For rows that do not exist yet (the first request with a key, the first
 * reservation of a sale), where there is nothing to lock with SELECT ... FOR UPDATE.
 */
public final class AdvisoryLock {

    private AdvisoryLock() {
    }

    public static void lock(EntityManager em, String name) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, name).getSingleResult();
    }
}
