package com.bakery.sales.settings;

import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's time zone (analytics days and hours) and tax rate (shown on sales). */
@Path("/api/sales/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final Settings settings;
    private final CurrentUser user;

    public SettingsResource(Settings settings, CurrentUser user) {
        this.settings = settings;
        this.user = user;
    }

    @GET
    @RolesAllowed({ "admin", "manager", "cashier", "auditor", "service" })
    public Settings.View get() {
        return settings.of(user.tenant());
    }

    @PUT
    @RolesAllowed({ "admin", "manager" })
    public Settings.View update(@NotNull @Valid SettingsRequest request) {
        return settings.update(user.tenant(), request);
    }
}
