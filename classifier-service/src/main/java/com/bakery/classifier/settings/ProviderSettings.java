package com.bakery.classifier.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Which provider each tenant chose to name its photos; {@code local} until one is chosen. */
@ApplicationScoped
public class ProviderSettings {

    public Provider of(String tenant) {
        TenantSettings settings = TenantSettings.findById(tenant);
        return settings == null ? Provider.LOCAL : Provider.parse("provider", settings.provider);
    }

    @Transactional
    public void choose(String tenant, Provider provider, String by) {
        TenantSettings settings = TenantSettings.findById(tenant);
        boolean fresh = settings == null;
        if (fresh) {
            settings = new TenantSettings();
            settings.tenant = tenant;
        }
        settings.provider = provider.id();
        settings.updatedBy = by;
        settings.updatedAt = Instant.now();
        if (fresh) {
            settings.persist();
        }
    }
}
