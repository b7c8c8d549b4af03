package com.bakery.gateway.routing;

import com.bakery.gateway.config.GatewayConfig;
import com.bakery.gateway.ratelimit.RateLimitHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.jboss.logging.Logger;

/**
 * Routes {@code /api/<service>/**} to the service named in {@code gateway.services}, streaming bodies both ways
 * and passing the bearer token on unchanged: each service verifies it again, so a request that bypassed the
 * gateway gains nothing.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, BearerTokenCheck bearerCheck, RateLimitHandler rateLimit,
            ObjectMapper json) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2_000)
                .setKeepAlive(true)
                .setMaxPoolSize(50)
                // a downstream silent this long is given up on: the client gets a 504, not a hang
                .setIdleTimeout((int) config.upstreamTimeout().toMillis())
                .setIdleTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS));
        config.services().forEach((name, url) -> {
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(portOf(url), url.getHost())
                    .addInterceptor(new UnreachableServiceProblem(name, json, config.upstreamTimeout()));
            String prefix = "/api/" + name + "/*";
            router.route(prefix).handler(bearerCheck).handler(rateLimit).handler(ProxyHandler.create(proxy));
            LOG.infof("Routing %s to %s", prefix, url);
        });
    }

    private static int portOf(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }
}
