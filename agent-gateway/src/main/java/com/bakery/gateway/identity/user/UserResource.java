package com.bakery.gateway.identity.user;

import com.bakery.common.page.Page;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Set;

/** A tenant's admin manages the tenant's own users; another tenant's users do not exist here. */
@Path("/api/admin/users")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class UserResource {

    public record NewUser(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
            String username,
            @NotNull @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
            @NotEmpty Set<@NotBlank String> roles) {
    }

    public record Change(Set<@NotBlank String> roles,
            @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password, String pin,
            Boolean enabled) {
    }

    /** A user as their admin sees them: whether they have a till PIN and whether it is locked, never the PIN. */
    public record UserView(long id, String username, Set<String> roles, boolean enabled, boolean hasPin,
            boolean pinLocked, Instant createdAt) {
        static UserView of(User u) {
            return new UserView(u.id, u.username, u.roles, u.enabled, u.pinHash != null, u.pinFailures >= Pins.ATTEMPTS,
                    u.createdAt);
        }
    }

    private final UserService users;
    private final UserRepository repository;
    private final CurrentUser admin;

    public UserResource(UserService users, UserRepository repository, CurrentUser admin) {
        this.users = users;
        this.repository = repository;
        this.admin = admin;
    }

    @GET
    public Page<UserView> list() {
        return new Page<>(repository.ofTenant(admin.tenant()).stream().map(UserView::of).toList(), null);
    }

    @GET
    @Path("/{id}")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(repository.getInTenant(admin.tenant(), id));
    }

    /**
     * A new user's name ends with {@code @<tenant>}: names sign in without a tenant, so they are unique across
     * tenants, and a name in the admin's own namespace can only be taken by the admin's own tenant (an admin
     * elsewhere cannot learn whether another tenant has a user of some name).
     */
    @POST
    public Response create(@NotNull @Valid NewUser request) {
        if (!request.username().endsWith("@" + admin.tenant())) {
            throw ProblemException.invalid("username", "must end with @" + admin.tenant());
        }
        User user = users.create(admin.tenant(), request.username(), request.password(), request.roles());
        return Response.status(Response.Status.CREATED).header("Location", "/api/admin/users/" + user.id)
                .entity(UserView.of(user)).build();
    }

    @PUT
    @Path("/{id}")
    public UserView update(@PathParam("id") long id, @NotNull @Valid Change change) {
        return UserView.of(users.update(admin.tenant(), admin.subject(), id, change.roles(), change.password(),
                change.pin(), change.enabled()));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        users.delete(admin.tenant(), admin.subject(), id);
        return Response.noContent().build();
    }
}
