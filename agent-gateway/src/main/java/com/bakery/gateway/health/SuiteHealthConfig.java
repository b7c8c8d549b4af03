package com.bakery.gateway.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The services /healthz asks for their readiness. */
@ConfigMapping(prefix = "gateway")
public interface SuiteHealthConfig {

    /** The routed services, by name ({@code services.<name>}): each one /healthz reports. */
    Map<String, URI> services();

    /** Each routed service's management interface, where {@code /healthz} asks for its readiness (same names). */
    Map<String, URI> management();

    /** How long /healthz waits for one service's readiness. */
    @WithDefault("2s")
    Duration healthTimeout();
}
