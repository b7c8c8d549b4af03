package com.bakery.gateway.identity.till;

import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's admin registers the shop's devices as tills and revokes them. Registering "this device" (the console)
 * keeps the till's token in an HttpOnly cookie of {@value #COOKIE_PATH}; an API client takes {@code deviceToken}.
 */
@Path("/api/admin/tills")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TillResource {

    public static final String COOKIE = "bakery_till";
    public static final String COOKIE_PATH = "/auth/till";
    // a browser keeps a cookie 400 days at most; a till is registered again after that
    private static final int COOKIE_DAYS = 400;

    public record NewTill(@NotBlank @Size(max = 60) String name, Boolean thisDevice) {
    }

    public record TillView(UUID id, String name, Instant createdAt) {
        static TillView of(Till till) {
            return new TillView(till.id(), till.name(), till.createdAt());
        }
    }

    public record RegisteredView(UUID id, String name, Instant createdAt, String deviceToken) {
    }

    private final TillService tills;
    private final TillRepository repository;
    private final CurrentUser admin;

    public TillResource(TillService tills, TillRepository repository, CurrentUser admin) {
        this.tills = tills;
        this.repository = repository;
        this.admin = admin;
    }

    @GET
    public Page<TillView> list() {
        return new Page<>(repository.activeOf(admin.tenant()).stream().map(TillView::of).toList(), null);
    }

    @POST
    public Response register(@NotNull @Valid NewTill request) {
        TillService.Registered registered = tills.register(admin.tenant(), request.name());
        Till till = registered.till();
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED)
                .header("Location", "/api/admin/tills/" + till.id()).header("Cache-Control", "no-store")
                .entity(new RegisteredView(till.id(), till.name(), till.createdAt(), registered.deviceToken()));
        if (Boolean.TRUE.equals(request.thisDevice())) {
            answer.cookie(new NewCookie.Builder(COOKIE).value(registered.deviceToken()).path(COOKIE_PATH)
                    .maxAge(COOKIE_DAYS * 86_400).httpOnly(true).secure(true).sameSite(NewCookie.SameSite.STRICT)
                    .build());
        }
        return answer.build();
    }

    @DELETE
    @Path("/{id}")
    public Response revoke(@PathParam("id") UUID id) {
        tills.revoke(admin.tenant(), id);
        return Response.noContent().build();
    }
}
