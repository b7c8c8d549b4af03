package com.bakery.gateway.identity.flag;

import com.bakery.common.security.Sha256;
import com.bakery.gateway.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
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

    private final Database db;
    private final FlagConfig config;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public FlagService(Database db, FlagConfig config) {
        this.db = db;
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
        db.list("SELECT name, enabled, rollout_percent FROM feature_flag WHERE tenant_id = ?",
                rs -> new Flag(rs.getString(1), rs.getBoolean(2), rs.getInt(3), "tenant"), tenant)
                .forEach(flag -> flags.put(flag.name(), flag));
        cache.put(tenant, new Cached(flags, System.currentTimeMillis()));
        return flags;
    }

    @Transactional
    public Flag set(String tenant, String admin, String name, boolean enabled, int rolloutPercent) {
        db.update("INSERT INTO feature_flag (tenant_id, name, enabled, rollout_percent, updated_by, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, name) DO UPDATE SET enabled = EXCLUDED.enabled, "
                + "rollout_percent = EXCLUDED.rollout_percent, updated_by = EXCLUDED.updated_by, "
                + "updated_at = EXCLUDED.updated_at", tenant, name, enabled, rolloutPercent, admin, Instant.now());
        cache.remove(tenant);
        return new Flag(name, enabled, rolloutPercent, "tenant");
    }

    /** Drops the tenant's setting: the flag is back at its default. */
    @Transactional
    public void reset(String tenant, String name) {
        db.update("DELETE FROM feature_flag WHERE tenant_id = ? AND name = ?", tenant, name);
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
