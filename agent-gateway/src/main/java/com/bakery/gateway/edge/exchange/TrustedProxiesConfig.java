package com.bakery.gateway.edge.exchange;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "gateway")
public interface TrustedProxiesConfig {

    /**
     * Proxies in front of the gateway whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses or CIDR
     * ranges ({@code TRUSTED_PROXIES=10.0.0.0/8,fd00::/8}).
     */
    Optional<List<String>> trustedProxies();
}
