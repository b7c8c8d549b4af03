package com.bakery.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway reaches Redis through this TCP relay, which a test can cut (every connection dropped, new ones
 * refused) and restore: Redis "stops and starts" for the gateway without touching the machine's Redis.
 */
public class RedisLink implements QuarkusTestResourceLifecycleManager {

    private static volatile boolean up = true;
    private static final Set<NetSocket> OPEN = ConcurrentHashMap.newKeySet();
    private Vertx vertx;

    public static void cut() {
        up = false;
        OPEN.forEach(NetSocket::close);
    }

    public static void restore() {
        up = true;
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        NetClient client = vertx.createNetClient();
        NetServer server = vertx.createNetServer().connectHandler(front -> {
            if (!up) {
                front.close();
                return;
            }
            front.pause();
            client.connect(6379, "127.0.0.1").onSuccess(back -> {
                OPEN.add(front);
                OPEN.add(back);
                front.handler(back::write);
                back.handler(front::write);
                front.closeHandler(v -> back.close());
                back.closeHandler(v -> front.close());
                front.resume();
            }).onFailure(e -> front.close());
        });
        int port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
        return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
