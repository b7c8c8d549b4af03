package com.bakery.inventory.info;

import com.bakery.common.info.InfoEndpoint;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

@Path("/api/inventory/info")
@Authenticated
public class InfoResource extends InfoEndpoint {
}
