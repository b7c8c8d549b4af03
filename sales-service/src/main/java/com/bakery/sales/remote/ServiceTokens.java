package com.bakery.sales.remote;

import com.bakery.sales.config.SalesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Service tokens from the gateway, one per tenant, reused until a minute before they expire. */
@ApplicationScoped
public class ServiceTokens {

    private record Cached(String token, Instant expiresAt) {
    }

    private final GatewayClient gateway;
    private final SalesConfig config;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ServiceTokens(@RestClient GatewayClient gateway, SalesConfig config) {
        this.gateway = gateway;
        this.config = config;
    }

    public Caller callerFor(String tenant) {
        Cached cached = cache.get(tenant);
        if (cached == null || Instant.now().plusSeconds(60).isAfter(cached.expiresAt())) {
            String basic = "Basic " + Base64.getEncoder().encodeToString((config.serviceClient().id() + ":"
                    + config.serviceClient().secret()).getBytes(StandardCharsets.UTF_8));
            GatewayClient.TokenResponse issued = Remote.call("agent-gateway",
                    () -> gateway.serviceToken(basic, new GatewayClient.ServiceTokenRequest(tenant)));
            cached = new Cached(issued.accessToken(), Instant.now().plusSeconds(issued.expiresIn()));
            cache.put(tenant, cached);
        }
        return Caller.bearer(tenant, cached.token());
    }
}
