package com.bakery.gateway.identity.flag;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Feature flags' defaults ({@code gateway.flags.<name>.enabled}, {@code .rollout-percent}); tenants override. */
@ConfigMapping(prefix = "gateway")
public interface FlagConfig {

    Map<String, FlagDefault> flags();

    interface FlagDefault {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("100")
        int rolloutPercent();
    }
}
