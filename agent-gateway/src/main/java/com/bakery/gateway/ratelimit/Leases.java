package com.bakery.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens a replica took from Redis ahead of need for a busy caller, so that caller's requests ask Redis once per
 * lease instead of once each (one Lua call per request cost the gateway a third of its throughput). A lease starts
 * at one token, doubles while the caller uses each one up before it lapses, up to a twentieth of the smaller
 * bucket, and halves when one lapses unused. Every leased token was taken from Redis first, so replicas together
 * still never admit more than the limit; what a lease holds when its caller stops (at most a twentieth of a burst)
 * lapses after {@link #TTL_MS} unused.
 */
final class Leases {

    static final long TTL_MS = 500;
    /** A lease holds at most this share of the smaller bucket: buckets of fewer than 40 tokens are never leased. */
    static final int SHARE = 20;
    private static final int MAX_SIZE = 1_000;
    private static final int MAX_CALLERS = 10_000;

    private static final class Lease {
        int left;
        int size;
        long until;
        Decision last;
    }

    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    /** The largest lease for buckets of these sizes; 1 means every request asks Redis. */
    static int maxSize(int smallerBurst) {
        return Math.min(MAX_SIZE, Math.max(1, smallerBurst / SHARE));
    }

    /** A token from the caller's lease, or null when Redis must be asked. */
    Decision take(String caller, long now) {
        Lease lease = leases.get(caller);
        if (lease == null) {
            return null;
        }
        synchronized (lease) {
            if (lease.left <= 0 || now >= lease.until) {
                return null;
            }
            lease.left--;
            Decision last = lease.last;
            return new Decision(true, last.limit(), last.remaining() + lease.left, last.resetSeconds(), 0,
                    last.source());
        }
    }

    /** How many tokens to ask Redis for, this request's included. */
    int wanted(String caller, int maxSize, long now) {
        Lease lease = leases.get(caller);
        if (lease == null) {
            return 1;
        }
        synchronized (lease) {
            boolean usedUpInTime = lease.left <= 0 && now < lease.until;
            int size = usedUpInTime ? lease.size * 2 : lease.left > 0 ? lease.size / 2 : lease.size;
            return Math.max(1, Math.min(maxSize, size));
        }
    }

    /** Redis gave {@code granted} tokens of the {@code wanted}: one is this request's, the rest are leased. */
    void granted(String caller, int wanted, int granted, Decision decision, long now) {
        if (leases.size() >= MAX_CALLERS) {
            leases.clear();
        }
        Lease lease = leases.computeIfAbsent(caller, k -> new Lease());
        synchronized (lease) {
            // a lease still running (another event loop asked at the same time) keeps its tokens
            lease.left = (now < lease.until ? Math.max(0, lease.left) : 0) + Math.max(0, granted - 1);
            lease.size = wanted;
            lease.until = now + TTL_MS;
            lease.last = decision;
        }
    }
}
