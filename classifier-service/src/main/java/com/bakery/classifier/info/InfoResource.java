package com.bakery.classifier.info;

import com.bakery.common.info.InfoEndpoint;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

@Path("/api/classifier/info")
@Authenticated
public class InfoResource extends InfoEndpoint {
}
