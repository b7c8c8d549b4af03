package com.bakery.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Jwt jwt();

    /** Where each routed service lives: {@code /api/<name>/**} goes to {@code services.<name>}. */
    Map<String, URI> services();

    /** How long /healthz waits for one service's readiness. */
    @WithDefault("2s")
    Duration healthTimeout();

    Demo demo();

    /**
     * Services acting on their own (a recovery job, an event consumer), by client id: the secret each presents
     * to {@code POST /auth/service-token} for a token with role {@code service} in a tenant.
     */
    Map<String, String> serviceClients();

    interface Jwt {
        String issuer();

        String audience();

        /** PEM file with the RSA private key that signs tokens. */
        String privateKeyLocation();

        /** PEM file with the matching public key, published in the JWKS. */
        String publicKeyLocation();

        @WithDefault("15m")
        Duration tokenLifetime();

        /** Dev and test only: create a key pair at the locations above when none exists. */
        @WithDefault("false")
        boolean generateMissingKeys();
    }

    interface Demo {
        /** Dev only: create tenants north and south with one user per role. */
        @WithDefault("false")
        boolean enabled();

        String password();
    }
}
