package com.bakery.gateway.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the edge sends each route, and what it asks of a browser's request. */
@ConfigMapping(prefix = "gateway")
public interface EdgeConfig {

    /** Where each routed service lives: {@code /api/<name>/**} goes to {@code services.<name>}. */
    Map<String, URI> services();

    /** How long a routed service may stay silent before the client gets a 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    /** Browser origins allowed to call the API (CORS); none by default. */
    Optional<List<String>> allowedOrigins();

    /** Refuse plain HTTP (GET and HEAD are redirected to https). */
    @WithDefault("false")
    boolean enforceHttps();
}
