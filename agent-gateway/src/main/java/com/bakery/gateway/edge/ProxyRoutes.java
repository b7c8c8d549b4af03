package com.bakery.gateway.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The proxy to each service named in {@code gateway.services}, for {@code /api/<service>/**}: bodies stream both
 * ways and the bearer token passes on unchanged, since each service verifies it again (a request that bypassed the
 * gateway gains nothing).
 */
final class ProxyRoutes {

    private ProxyRoutes() {
    }

    /** Each route's path pattern and the proxy that ends it. */
    static Map<String, Handler<RoutingContext>> of(Vertx vertx, EdgeConfig config, ObjectMapper json) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2_000)
                .setKeepAlive(true)
                .setMaxPoolSize(50)
                // a downstream silent this long is given up on: the client gets a 504, not a hang
                .setIdleTimeout((int) config.upstreamTimeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS));
        Map<String, Handler<RoutingContext>> routes = new LinkedHashMap<>();
        config.services().forEach((name, url) -> {
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(portOf(url), url.getHost())
                    .addInterceptor(new UnreachableServiceProblem(name, json, config.upstreamTimeout()));
            routes.put("/api/" + name + "/*", ProxyHandler.create(proxy));
        });
        return routes;
    }

    private static int portOf(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }
}
