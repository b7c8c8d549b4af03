package com.bakery.common.info;

import com.bakery.common.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/<service>/info}: shows a client that its token arrived intact. Each service subclasses this
 * with its own {@code @Path}, so the path stays visible in that service's OpenAPI document.
 */
public abstract class InfoEndpoint {

    @Inject
    BuildInfo build;

    @Inject
    CurrentUser user;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public ServiceInfo info() {
        return ServiceInfo.of(build, user);
    }
}
