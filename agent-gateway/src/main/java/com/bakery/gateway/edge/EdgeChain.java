package com.bakery.gateway.edge;

import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.edge.exchange.RequestIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The edge, in the order a request meets it. Every request:
 * <ol>
 * <li>gets its request id;</li>
 * <li>without credentials, meets the per-address limit (a flood is refused before it becomes audit rows);</li>
 * <li>becomes an audit record when its answer is sent;</li>
 * <li>to a gateway endpoint, meets that endpoint group's limit (so a refusal is audited);</li>
 * <li>is refused over plain HTTP where HTTPS is enforced, and gets CORS headers.</li>
 * </ol>
 * A request to {@code /api/<service>/**} then has its body size checked, its token verified and its caller's
 * limits taken, and is proxied. All of it runs ahead of Quarkus' HTTP security (orders -200 and -100) and body
 * limit (-2), which guard the gateway's own REST endpoints.
 */
@ApplicationScoped
public class EdgeChain {

    private static final Logger LOG = Logger.getLogger(EdgeChain.class);

    void register(@Observes Router router, Vertx vertx, EdgeConfig config, ObjectMapper json, EdgeLimits limits,
            AuditStep audit, HttpsAndCors https, BodySizeLimit body, TokenCheck tokens, RouteLimits routeLimits) {
        router.route().order(-300).handler(step(EdgeChain::identify));
        router.route().order(-298).handler(step(limits::anonymous));
        router.route().order(-296).handler(step(audit::handle));
        router.route().order(-294).handler(step(limits::ownEndpoints));
        router.route().order(-290).handler(step(https::handle));
        ProxyRoutes.of(vertx, config, json).forEach((path, proxy) -> {
            router.route(path).order(-250).handler(step(body::handle)).handler(step(tokens::handle))
                    .handler(step(routeLimits::handle)).handler(proxy);
            LOG.infof("Routing %s", path);
        });
    }

    private static void identify(Exchange exchange) {
        RequestIds.assign(exchange);
        exchange.context().next();
    }

    private static Handler<RoutingContext> step(Consumer<Exchange> step) {
        return ctx -> step.accept(Exchange.of(ctx));
    }
}
