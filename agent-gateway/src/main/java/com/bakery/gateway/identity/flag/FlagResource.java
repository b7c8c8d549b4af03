package com.bakery.gateway.identity.flag;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Map;

/** A tenant's admin sets the tenant's flags; anyone signed in asks which flags are on for them. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagResource {

    public record Setting(@NotNull Boolean enabled, @Min(0) @Max(100) Integer rolloutPercent) {
    }

    public record Evaluation(Map<String, Boolean> flags) {
    }

    private final FlagService flags;
    private final CurrentUser user;

    public FlagResource(FlagService flags, CurrentUser user) {
        this.flags = flags;
        this.user = user;
    }

    @GET
    @Path("/admin/flags")
    @RolesAllowed("admin")
    public Page<FlagService.Flag> list() {
        return new Page<>(new ArrayList<>(flags.of(user.tenant()).values()), null);
    }

    @PUT
    @Path("/admin/flags/{name}")
    @RolesAllowed("admin")
    public FlagService.Flag set(@PathParam("name") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}",
            message = "lower-case letters, digits and . _ - only") String name, @NotNull @Valid Setting setting) {
        return flags.set(user.tenant(), user.subject(), name, setting.enabled(),
                setting.rolloutPercent() == null ? 100 : setting.rolloutPercent());
    }

    @DELETE
    @Path("/admin/flags/{name}")
    @RolesAllowed("admin")
    public Response reset(@PathParam("name") String name) {
        flags.reset(user.tenant(), name);
        return Response.noContent().build();
    }

    /** For the console and the services: which flags are on for the caller. */
    @GET
    @Path("/flags")
    @Authenticated
    public Evaluation mine() {
        return new Evaluation(flags.evaluate(user.tenant(), user.subject()));
    }
}
