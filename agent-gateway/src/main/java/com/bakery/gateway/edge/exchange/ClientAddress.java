package com.bakery.gateway.edge.exchange;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who is calling, as far as the network says: the peer's address, or, when the peer is a trusted proxy, the
 * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy (and the proxy's
 * {@code X-Forwarded-Proto}). The left-most entries are whatever the client wrote, since each proxy only appends
 * the address it saw; headers from anyone but a trusted proxy are ignored.
 * <p>
 * Written here rather than left to {@code quarkus.http.proxy.*}: Quarkus' forwarded-header parser takes the left-most
 * {@code X-Forwarded-For} entry, the one a client writes itself, so behind an Ingress every client could choose the
 * address its login throttle and rate limits count against.
 */
@ApplicationScoped
public class ClientAddress {

    private final AddressRanges proxies;

    @Inject
    public ClientAddress(TrustedProxiesConfig config) {
        this(AddressRanges.of(config.trustedProxies().orElse(List.of())));
    }

    ClientAddress(AddressRanges proxies) {
        this.proxies = proxies;
    }

    public String ip(RoutingContext ctx) {
        return client(peer(ctx), ctx.request().headers().getAll("X-Forwarded-For"));
    }

    /** From the peer leftwards through the forwarded hops, the first address that is not a trusted proxy. */
    String client(String peer, List<String> forwardedFor) {
        if (!proxies.contains(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> Arrays.stream(header.split(",")).map(String::strip)
                .filter(h -> !h.isEmpty()).forEach(hops::add));
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!proxies.contains(client)) {
                return client;
            }
        }
        return client;
    }

    public boolean secure(RoutingContext ctx) {
        if (ctx.request().isSSL()) {
            return true;
        }
        String proto = ctx.request().getHeader("X-Forwarded-Proto");
        return proto != null && trusted(peer(ctx)) && proto.strip().equalsIgnoreCase("https");
    }

    private boolean trusted(String peer) {
        return proxies.contains(peer);
    }

    private static String peer(RoutingContext ctx) {
        return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
    }
}
