package com.bakery.classifier.settings;

import com.bakery.classifier.provider.openai.OpenAiClassifier;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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
    private final ProviderSettings settings;
    private final OpenAiClassifier openai;

    public SettingsResource(CurrentUser user, ProviderSettings settings, OpenAiClassifier openai) {
        this.user = user;
        this.settings = settings;
        this.openai = openai;
    }

    @GET
    @RolesAllowed({ "manager", "admin", "baker" })
    public SettingsView get() {
        return view(settings.of(user.tenant()));
    }

    @PUT
    @RolesAllowed({ "manager", "admin" })
    public SettingsView put(SettingsRequest request) {
        Provider provider = Provider.parse("provider", request == null ? null : request.provider());
        settings.choose(user.tenant(), provider, user.subject());
        return view(provider);
    }

    private SettingsView view(Provider provider) {
        Provider effective = provider == Provider.OPENAI && openai.configured() ? Provider.OPENAI : Provider.LOCAL;
        return new SettingsView(provider.id(), effective.id(), openai.configured());
    }
}
