package com.bakery.gateway.info;

import com.bakery.common.info.InfoEndpoint;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

@Path("/api/gateway/info")
@Authenticated
public class InfoResource extends InfoEndpoint {
}
