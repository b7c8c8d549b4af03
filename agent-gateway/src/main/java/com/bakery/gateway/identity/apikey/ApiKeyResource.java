package com.bakery.gateway.identity.apikey;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.Set;

/** A tenant's admin creates (the key is shown once), lists and revokes the tenant's API keys. */
@Path("/api/admin/api-keys")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    public record NewKey(@NotBlank @Size(max = 100) String name, @NotEmpty Set<@NotBlank String> roles) {
    }

    public record KeyView(long id, String name, String prefix, List<String> roles, Instant createdAt,
            Instant lastUsedAt, Instant revokedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String key) {
        static KeyView of(ApiKey k, String secret) {
            return new KeyView(k.id, k.name, k.prefix, List.of(k.roles.split(",")), k.createdAt, k.lastUsedAt,
                    k.revokedAt, secret);
        }
    }

    private final ApiKeyService keys;
    private final CurrentUser admin;

    public ApiKeyResource(ApiKeyService keys, CurrentUser admin) {
        this.keys = keys;
        this.admin = admin;
    }

    /** 201 with {@code key}: the only time the secret is shown. */
    @POST
    public Response create(@NotNull @Valid NewKey request) {
        ApiKeyService.Created created = keys.create(admin.tenant(), admin.subject(), request.name(), request.roles());
        return Response.status(Response.Status.CREATED).entity(KeyView.of(created.key(), created.secret())).build();
    }

    @GET
    public Page<KeyView> list() {
        return new Page<>(keys.list(admin.tenant()).stream().map(k -> KeyView.of(k, null)).toList(), null);
    }

    @DELETE
    @Path("/{id}")
    public KeyView revoke(@PathParam("id") long id) {
        return KeyView.of(keys.revoke(admin.tenant(), id), null);
    }
}
