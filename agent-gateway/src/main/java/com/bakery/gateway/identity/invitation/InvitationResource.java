package com.bakery.gateway.identity.invitation;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's admin invites staff by user name and roles: the answer holds the one-time code and the console link to
 * hand over (only this once); pending invitations are listed and can be withdrawn.
 */
@Path("/api/admin/invitations")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {

    public record NewInvitation(
            @NotBlank @Size(max = 100)
            @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only") String username,
            @NotEmpty Set<@NotBlank String> roles) {
    }

    public record InvitationView(UUID id, String username, Set<String> roles, String invitedBy, Instant createdAt,
            Instant expiresAt, boolean expired, String code, String link) {

        static InvitationView of(Invitation i, String code) {
            return new InvitationView(i.id(), i.username(), i.roles(), i.createdBy(), i.createdAt(), i.expiresAt(),
                    !i.pending(Instant.now()), code, code == null ? null : "/#/join?code=" + code);
        }
    }

    private final InvitationService invitations;
    private final InvitationRepository repository;
    private final CurrentUser admin;

    public InvitationResource(InvitationService invitations, InvitationRepository repository, CurrentUser admin) {
        this.invitations = invitations;
        this.repository = repository;
        this.admin = admin;
    }

    @GET
    public Page<InvitationView> open() {
        return new Page<>(repository.openOf(admin.tenant()).stream().map(i -> InvitationView.of(i, null)).toList(),
                null);
    }

    @POST
    public Response invite(@NotNull @Valid NewInvitation request) {
        InvitationService.Issued issued = invitations.invite(admin.tenant(), admin.subject(), request.username(),
                request.roles());
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(InvitationView.of(issued.invitation(), issued.code())).build();
    }

    @DELETE
    @Path("/{id}")
    public Response withdraw(@PathParam("id") UUID id) {
        invitations.withdraw(admin.tenant(), id);
        return Response.noContent().build();
    }
}
