package com.bakery.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Local receivers for the audit sinks: a Splunk HTTP Event Collector (checks the {@code Splunk} token) and a
 * webhook, which a test can make fail ("dead") and heal. They keep what they were sent.
 */
public class SinkReceivers implements QuarkusTestResourceLifecycleManager {

    public static final String HEC_TOKEN = "test-hec-token";
    public static final Path FILE = Path.of("target", "audit-sink.jsonl").toAbsolutePath();
    public static final List<String> SPLUNK = new CopyOnWriteArrayList<>();
    public static final List<String> WEBHOOK = new CopyOnWriteArrayList<>();
    private static volatile boolean webhookDead;
    private Vertx vertx;

    public static void webhookDead(boolean dead) {
        webhookDead = dead;
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer splunk = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            if (!("Splunk " + HEC_TOKEN).equals(req.getHeader("Authorization"))) {
                req.response().setStatusCode(401).end("{\"text\":\"Invalid authorization\",\"code\":3}");
            } else if (!req.path().equals("/services/collector/event")) {
                req.response().setStatusCode(404).end("{\"text\":\"The requested URL was not found\",\"code\":404}");
            } else {
                SPLUNK.add(body.toString());
                req.response().end("{\"text\":\"Success\",\"code\":0}");
            }
        }));
        HttpServer webhook = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            if (webhookDead) {
                req.response().setStatusCode(503).end();
            } else {
                WEBHOOK.add(body.toString());
                req.response().setStatusCode(204).end();
            }
        }));
        int splunkPort = splunk.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
        int webhookPort = webhook.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
        return Map.of(
                "gateway.audit.sinks", "file,splunk,webhook",
                "gateway.audit.file", FILE.toString(),
                "gateway.audit.splunk-hec-url", "http://127.0.0.1:" + splunkPort,
                "gateway.audit.splunk-hec-token", HEC_TOKEN,
                "gateway.audit.webhook-url", "http://127.0.0.1:" + webhookPort + "/audit");
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
