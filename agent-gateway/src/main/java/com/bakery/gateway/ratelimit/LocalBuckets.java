package com.bakery.gateway.ratelimit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same token buckets as the Lua script, kept in this replica's memory: the fail-open fallback while Redis
 * cannot be reached (each replica then limits on its own). Buckets idle past their refill time are dropped.
 */
class LocalBuckets {

    private static final class Bucket {
        double tokens;
        long ts;
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    synchronized Decision take(List<String> keys, List<RateLimiter.Limit> limits, int cost) {
        long now = System.currentTimeMillis();
        double[] held = new double[keys.size()];
        boolean allowed = true;
        long retry = 0;
        for (int i = 0; i < keys.size(); i++) {
            RateLimiter.Limit limit = limits.get(i);
            Bucket b = buckets.computeIfAbsent(keys.get(i), k -> {
                Bucket fresh = new Bucket();
                fresh.tokens = limit.burst();
                fresh.ts = now;
                return fresh;
            });
            held[i] = Math.min(limit.burst(), b.tokens + Math.max(0, now - b.ts) * limit.ratePerMs());
            if (held[i] < 1) {
                allowed = false;
                retry = Math.max(retry, (long) Math.ceil((1 - held[i]) / limit.ratePerMs()));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            Bucket b = buckets.get(keys.get(i));
            b.tokens = allowed ? Math.max(0, held[i] - cost) : held[i];
            b.ts = now;
        }
        if (buckets.size() > 100_000) {
            buckets.entrySet().removeIf(e -> now - e.getValue().ts > 600_000);
        }
        RateLimiter.Limit first = limits.get(0);
        double left = buckets.get(keys.get(0)).tokens;
        return new Decision(allowed, first.burst(), (long) Math.floor(left),
                (long) Math.ceil((first.burst() - left) / first.ratePerMs() / 1000), (long) Math.ceil(retry / 1000.0),
                Decision.Source.MEMORY);
    }
}
