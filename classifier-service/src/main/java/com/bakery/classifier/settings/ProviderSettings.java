package com.bakery.classifier.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Which provider each tenant chose to name its photos; {@code local} until one is chosen. */
@ApplicationScoped
public class ProviderSettings {

    private final TenantSettingsRepository rows;

    public ProviderSettings(TenantSettingsRepository rows) {
        this.rows = rows;
    }

    public Provider of(String tenant) {
        TenantSettings settings = rows.findById(tenant);
        return settings == null ? Provider.LOCAL : Provider.parse("provider", settings.provider);
    }

    @Transactional
    public void choose(String tenant, Provider provider, String by) {
        TenantSettings settings = rows.findById(tenant);
        boolean fresh = settings == null;
        if (fresh) {
            settings = new TenantSettings();
            settings.tenant = tenant;
        }
        settings.provider = provider.id();
        settings.updatedBy = by;
        settings.updatedAt = Instant.now();
        if (fresh) {
            rows.persist(settings);
        }
    }
}
