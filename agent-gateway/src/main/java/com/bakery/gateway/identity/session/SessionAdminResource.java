package com.bakery.gateway.identity.session;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** A tenant's admin sees who is signed in, ends a session (a lost till, a shared password) and sets their length. */
@Path("/api/admin/sessions")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionAdminResource {

    public record Settings(@NotNull Integer lifetimeMinutes) {
    }

    private final SessionService sessions;
    private final SessionRepository repository;
    private final CurrentUser admin;

    public SessionAdminResource(SessionService sessions, SessionRepository repository, CurrentUser admin) {
        this.sessions = sessions;
        this.repository = repository;
        this.admin = admin;
    }

    @GET
    public Page<SessionRepository.SessionView> open() {
        return new Page<>(repository.openOf(admin.tenant()), null);
    }

    @DELETE
    @Path("/{id}")
    public Response revoke(@PathParam("id") UUID id) {
        sessions.revoke(admin.tenant(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/settings")
    public Settings settings() {
        return new Settings((int) sessions.lifetime(admin.tenant()).toMinutes());
    }

    @PUT
    @Path("/settings")
    public Settings change(@NotNull @Valid Settings settings) {
        sessions.setLifetime(admin.tenant(), settings.lifetimeMinutes());
        return settings();
    }
}
