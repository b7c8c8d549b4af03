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
    /** After the edge (request id, audit, HTTPS, CORS: -300 and -290). */
    private static final int PROXY_ORDER = -250;

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, BearerTokenCheck bearerCheck, RateLimitHandler rateLimit,
            BodySizeLimit bodyLimit,
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
            // ahead of Quarkus' HTTP security chain (orders -200 and -100) and body limit (-2), which guard the
            // gateway's own REST endpoints: routed requests have both checked here (and the token again by the service)
            router.route(prefix).order(PROXY_ORDER).handler(bodyLimit).handler(bearerCheck).handler(rateLimit).handler(ProxyHandler.create(proxy));
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
