package com.bakery.gateway.flag;

import com.bakery.common.security.Sha256;
import com.bakery.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feature flags: a default per flag from configuration, and a tenant's own setting over it. A flag rolled out to
 * a percentage is on for a stable set of users: a hash of (flag, tenant, user) picks each user's bucket, so a
 * user does not flicker between requests. A tenant's flags are cached for a few seconds and dropped on change.
 */
@ApplicationScoped
public class FlagService {

    private static final long CACHE_MS = 5_000;

    public record Flag(String name, boolean enabled, int rolloutPercent, String source) {
    }

    private record Cached(Map<String, Flag> flags, long at) {
    }

    private final EntityManager em;
    private final GatewayConfig config;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public FlagService(EntityManager em, GatewayConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional
    public Map<String, Flag> of(String tenant) {
        Cached cached = cache.get(tenant);
        if (cached != null && System.currentTimeMillis() - cached.at() < CACHE_MS) {
            return cached.flags();
        }
        Map<String, Flag> flags = new TreeMap<>();
        config.flags().forEach((name, d) -> flags.put(name, new Flag(name, d.enabled(), d.rolloutPercent(),
                "default")));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, enabled, rollout_percent FROM feature_flag "
                + "WHERE tenant_id = ?1").setParameter(1, tenant).getResultList();
        for (Object[] r : rows) {
            flags.put((String) r[0], new Flag((String) r[0], (Boolean) r[1], ((Number) r[2]).intValue(), "tenant"));
        }
        cache.put(tenant, new Cached(flags, System.currentTimeMillis()));
        return flags;
    }

    @Transactional
    public Flag set(String tenant, String admin, String name, boolean enabled, int rolloutPercent) {
        em.createNativeQuery("INSERT INTO feature_flag (tenant_id, name, enabled, rollout_percent, updated_by, "
                + "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (tenant_id, name) DO UPDATE SET "
                + "enabled = ?3, rollout_percent = ?4, updated_by = ?5, updated_at = ?6")
                .setParameter(1, tenant).setParameter(2, name).setParameter(3, enabled).setParameter(4, rolloutPercent)
                .setParameter(5, admin).setParameter(6, Instant.now()).executeUpdate();
        cache.remove(tenant);
        return new Flag(name, enabled, rolloutPercent, "tenant");
    }

    /** Drops the tenant's setting: the flag is back at its default. */
    @Transactional
    public void reset(String tenant, String name) {
        em.createNativeQuery("DELETE FROM feature_flag WHERE tenant_id = ?1 AND name = ?2")
                .setParameter(1, tenant).setParameter(2, name).executeUpdate();
        cache.remove(tenant);
    }

    /** Which flags are on for this user of this tenant. */
    public Map<String, Boolean> evaluate(String tenant, String subject) {
        Map<String, Boolean> on = new TreeMap<>();
        of(tenant).values().forEach(f -> on.put(f.name(), f.enabled() && bucket(f.name(), tenant, subject)
                < f.rolloutPercent()));
        return on;
    }

    /** 0 to 99, the same for the same flag, tenant and user on every replica and every call. */
    static int bucket(String flag, String tenant, String subject) {
        byte[] h = Sha256.digest(flag + "\n" + tenant + "\n" + subject);
        int n = ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
        return Integer.remainderUnsigned(n, 100);
    }
}
