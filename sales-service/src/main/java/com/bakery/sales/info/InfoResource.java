package com.bakery.sales.info;

import com.bakery.common.info.InfoEndpoint;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

@Path("/api/sales/info")
@Authenticated
public class InfoResource extends InfoEndpoint {
}
