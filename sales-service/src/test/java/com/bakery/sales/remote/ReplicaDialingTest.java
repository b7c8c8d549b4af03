package com.bakery.sales.remote;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The service's HTTP clients dial every address a Service's name has, and stop dialling a replica within seconds of
 * its record leaving DNS, even when the record said to keep it an hour. Quarkus otherwise resolves with the JDK,
 * which dials only the first address and keeps it 30 s: a sale's retries all went to a killed replica.
 */
@QuarkusTest
class ReplicaDialingTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int DIALS = 40;

    @Inject
    Vertx vertx;

    @Test
    void newConnectionsGoToEveryReplicaInDnsAndNotToOneThatLeftIt() throws Exception {
        int port = freePort();
        List<HttpServer> replicas = List.of(replica(ReplicaDns.FIRST, port), replica(ReplicaDns.SECOND, port));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false));
        try {
            assertEquals(Set.of(ReplicaDns.FIRST, ReplicaDns.SECOND), dial(client, port).keySet(),
                    "both replicas are dialled");

            int asked = ReplicaDns.queries();
            ReplicaDns.drop(ReplicaDns.SECOND); // its server still answers: a dial to it would show
            // the resolver asks DNS again only when a dial finds its answer expired: dial until it has asked
            await("the resolver asks DNS again instead of keeping the hour-long answer")
                    .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        get(client, port);
                        return ReplicaDns.queries() > asked;
                    });
            assertEquals(Set.of(ReplicaDns.FIRST), dial(client, port).keySet(),
                    "once DNS was asked again, only the replica still in it is dialled");
        } finally {
            client.close();
            replicas.forEach(HttpServer::close);
        }
    }

    /** Which replica answered each of a run of new connections. */
    private Map<String, Integer> dial(HttpClient client, int port) throws Exception {
        Map<String, Integer> answered = new TreeMap<>();
        for (int i = 0; i < DIALS; i++) {
            answered.merge(get(client, port), 1, Integer::sum);
        }
        return answered;
    }

    private String get(HttpClient client, int port) throws Exception {
        return client.request(HttpMethod.GET, port, ReplicaDns.NAME, "/")
                .compose(request -> request.send().compose(response -> response.body()))
                .toCompletionStage().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS).toString();
    }

    private HttpServer replica(String address, int port) throws Exception {
        return vertx.createHttpServer().requestHandler(request -> request.response().end(address))
                .listen(port, address).toCompletionStage().toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
