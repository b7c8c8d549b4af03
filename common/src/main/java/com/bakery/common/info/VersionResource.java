package com.bakery.common.info;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Seed 004's "version + git sha" endpoint; public, like health, so operators can see what is deployed. */
@Path("/version")
@PermitAll
public class VersionResource {

    public record Version(String service, String version, String gitSha) {
    }

    @Inject
    BuildInfo build;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Version version() {
        return new Version(build.service(), build.version(), build.gitSha());
    }
}
