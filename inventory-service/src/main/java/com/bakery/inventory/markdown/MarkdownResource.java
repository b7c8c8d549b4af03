package com.bakery.inventory.markdown;

import com.bakery.common.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's markdown rule: the till prices aged units with it. */
@Path("/api/inventory/markdowns")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MarkdownResource {

    private final Markdowns markdowns;
    private final CurrentUser user;

    public MarkdownResource(Markdowns markdowns, CurrentUser user) {
        this.markdowns = markdowns;
        this.user = user;
    }

    @GET
    public MarkdownView get() {
        return markdowns.get(user.tenant());
    }

    @PUT
    @RolesAllowed({ "admin", "manager" })
    public MarkdownView replace(@NotNull @Valid MarkdownRequest request) {
        return markdowns.replace(user.tenant(), request);
    }
}
