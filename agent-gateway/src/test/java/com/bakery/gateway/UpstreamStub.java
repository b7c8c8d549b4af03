package com.bakery.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stand-in for the routed services: echoes what it received (method, path, Authorization, body) and answers
 * readiness, which tests can switch off through {@code POST /__stub/ready?up=false}. A path ending in
 * {@code /__reset} drops the connection, as a crashed service would.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        AtomicBoolean ready = new AtomicBoolean(true);
        HttpServer server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            if (req.path().equals("/__stub/ready")) {
                ready.set(Boolean.parseBoolean(req.getParam("up")));
                req.response().end();
            } else if (req.path().endsWith("/__slow")) {
                vertx.setTimer(4_000, id -> req.response().end("{}"));
            } else if (req.path().endsWith("/__reset")) {
                req.connection().close();
            } else if (req.path().endsWith("/__audited")) {
                req.response().putHeader("X-Audit-Detail", "{\"zNumber\":7}").end("{}");
            } else if (req.path().equals("/q/health/ready")) {
                req.response().setStatusCode(ready.get() ? 200 : 503).end("{}");
            } else {
                JsonObject echo = new JsonObject()
                        .put("method", req.method().name())
                        .put("path", req.path())
                        .put("query", req.query())
                        .put("authorization", req.getHeader("Authorization"))
                        .put("body", body.toString());
                req.response().putHeader("Content-Type", "application/json").end(echo.encode());
            }
        }));
        int port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
        String url = "http://127.0.0.1:" + port;
        // the services' management interfaces too: the stub answers readiness wherever it is asked
        return Map.of(
                "gateway.services.inventory", url,
                "gateway.services.sales", url,
                "gateway.services.payments", url,
                "gateway.services.classifier", url,
                "gateway.management.inventory", url,
                "gateway.management.sales", url,
                "gateway.management.payments", url,
                "gateway.management.classifier", url);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
