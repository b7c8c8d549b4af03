package com.bakery.gateway.identity.token;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;

/** Services acting on their own, and where they may ask for their tokens from. */
@ConfigMapping(prefix = "gateway")
public interface ServiceClientsConfig {

    /**
     * Services acting on their own (a recovery job, an event consumer), by client id: the secret each presents
     * to {@code POST /auth/service-token} for a token with role {@code service} in a tenant.
     */
    Map<String, String> serviceClients();

    /** {@code SERVICE_TOKEN_NETWORKS}: where services ask for their tokens from; never the internet. */
    List<String> serviceTokenNetworks();
}
