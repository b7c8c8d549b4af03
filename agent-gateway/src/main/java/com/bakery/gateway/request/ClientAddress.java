package com.bakery.gateway.request;

import com.bakery.gateway.config.GatewayConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is calling, as far as the network says: the peer's address, or, when the peer is a trusted proxy, the
 * first address of {@code X-Forwarded-For} (and its {@code X-Forwarded-Proto}). Headers from anyone else are
 * ignored, since a client could write anything there.
 */
@ApplicationScoped
public class ClientAddress {

    private final GatewayConfig config;

    public ClientAddress(GatewayConfig config) {
        this.config = config;
    }

    public String ip(RoutingContext ctx) {
        String peer = peer(ctx);
        String forwarded = ctx.request().getHeader("X-Forwarded-For");
        if (forwarded != null && trusted(peer)) {
            return forwarded.split(",")[0].strip();
        }
        return peer;
    }

    public boolean secure(RoutingContext ctx) {
        if (ctx.request().isSSL()) {
            return true;
        }
        String proto = ctx.request().getHeader("X-Forwarded-Proto");
        return proto != null && trusted(peer(ctx)) && proto.strip().equalsIgnoreCase("https");
    }

    private boolean trusted(String peer) {
        return config.trustedProxies().map(list -> list.contains(peer)).orElse(false);
    }

    private static String peer(RoutingContext ctx) {
        return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
    }
}
