package com.bakery.classifier.settings;

import com.bakery.classifier.provider.openai.OpenAiClassifier;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * Which provider answers for the tenant. {@code openai} is kept even while {@code OPENAI_API_KEY} is unset, and
 * {@code effectiveProvider} then says that the local model answers instead.
 */
@Path("/api/classifier/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    public record SettingsRequest(String provider) {
    }

    public record SettingsView(String provider, String effectiveProvider, boolean openaiConfigured) {
    }

    private final CurrentUser user;
    private final OpenAiClassifier openai;

    public SettingsResource(CurrentUser user, OpenAiClassifier openai) {
        this.user = user;
        this.openai = openai;
    }

    @GET
    @RolesAllowed({ "manager", "admin", "baker" })
    public SettingsView get() {
        return view(providerOf(user.tenant()));
    }

    @PUT
    @RolesAllowed({ "manager", "admin" })
    @Transactional
    public SettingsView put(SettingsRequest request) {
        Provider provider = Provider.parse("provider", request == null ? null : request.provider());
        TenantSettings settings = TenantSettings.findById(user.tenant());
        boolean fresh = settings == null;
        if (fresh) {
            settings = new TenantSettings();
            settings.tenant = user.tenant();
        }
        settings.provider = provider.id();
        settings.updatedBy = user.subject();
        settings.updatedAt = Instant.now();
        if (fresh) {
            settings.persist();
        }
        return view(provider);
    }

    /** The tenant's choice; {@code local} until one is made. */
    public static Provider providerOf(String tenant) {
        TenantSettings settings = TenantSettings.findById(tenant);
        return settings == null ? Provider.LOCAL : Provider.parse("provider", settings.provider);
    }

    private SettingsView view(Provider provider) {
        Provider effective = provider == Provider.OPENAI && openai.configured() ? Provider.OPENAI : Provider.LOCAL;
        return new SettingsView(provider.id(), effective.id(), openai.configured());
    }
}
