package com.bakery.sales.settings;

import com.bakery.sales.config.SalesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;

/** A tenant's time zone and tax rate; tenants without settings get the configured zone and no tax. */
@ApplicationScoped
public class Settings {

    /** A tenant's settings; the shop's name, address and tax id are null until set. */
    public record View(String timeZone, int taxRateBp, String shopName, String shopAddress, String taxId,
            int discountApprovalPercent) {
    }

    public static final int DEFAULT_APPROVAL_PERCENT = 10;

    private record Cached(View view, long at) {
    }

    private static final long CACHE_MS = 10_000;

    private final SalesConfig config;
    private final TenantSettingsRepository rows;
    // read on every checkout; changed rarely, and only through update() below (which drops the entry)
    private final java.util.Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public Settings(SalesConfig config, TenantSettingsRepository rows) {
        this.config = config;
        this.rows = rows;
    }

    public View of(String tenant) {
        Cached cached = cache.get(tenant);
        if (cached != null && System.currentTimeMillis() - cached.at() < CACHE_MS) {
            return cached.view();
        }
        View view = load(tenant);
        cache.put(tenant, new Cached(view, System.currentTimeMillis()));
        return view;
    }

    @Transactional
    View load(String tenant) {
        TenantSettings s = rows.findById(tenant);
        return s == null ? new View(config.defaultTimeZone(), 0, null, null, null, DEFAULT_APPROVAL_PERCENT) : view(s);
    }

    public ZoneId zone(String tenant) {
        return ZoneId.of(of(tenant).timeZone());
    }

    @Transactional
    public View update(String tenant, SettingsRequest request) {
        TenantSettings s = rows.findById(tenant);
        boolean created = s == null;
        if (created) {
            s = new TenantSettings();
            s.tenantId = tenant;
        }
        s.timeZone = request.timeZone();
        s.taxRateBp = request.taxRateBp();
        if (request.shopName() != null) {
            s.shopName = blankToNull(request.shopName());
        }
        if (request.shopAddress() != null) {
            s.shopAddress = blankToNull(request.shopAddress());
        }
        if (request.taxId() != null) {
            s.taxId = blankToNull(request.taxId());
        }
        if (request.discountApprovalPercent() != null) {
            s.discountApprovalPercent = request.discountApprovalPercent();
        }
        s.updatedAt = Instant.now();
        if (created) {
            rows.persist(s);
        }
        cache.remove(tenant);
        return view(s);
    }

    private static View view(TenantSettings s) {
        return new View(s.timeZone, s.taxRateBp, s.shopName, s.shopAddress, s.taxId, s.discountApprovalPercent);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
