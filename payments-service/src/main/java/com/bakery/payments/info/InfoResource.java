package com.bakery.payments.info;

import com.bakery.common.info.InfoEndpoint;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

@Path("/api/payments/info")
@Authenticated
public class InfoResource extends InfoEndpoint {
}
