package com.bakery.suite.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rehearsal's probes pass on a 2xx only: a redirect (to https, as an HTTPS-only gateway answers) fails. */
class KubeletTest {

    private HttpServer server;
    private PodRun.Pod pod;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/q/health/redirected", exchange -> {
            exchange.getResponseHeaders().add("Location", "https://127.0.0.1/q/health/redirected");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/q/health/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        pod = new PodRun.Pod("p-0", "net-p-0", new ContainerBuilder().withName("p").addNewPort().withName("http")
                .withContainerPort(server.getAddress().getPort()).endPort().build(), List.of(), Map.of());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Probe get(String path) {
        return new ProbeBuilder().withNewHttpGet().withPath(path).withPort(new IntOrString("http")).endHttpGet()
                .withTimeoutSeconds(3).build();
    }

    @Test
    void aProbePassesOnTwoHundredAndFailsOnARedirectOrAnError() {
        assertTrue(Kubelet.probe(pod, "127.0.0.1", get("/q/health/ready")).passed());
        Kubelet.Outcome redirected = Kubelet.probe(pod, "127.0.0.1", get("/q/health/redirected"));
        assertFalse(redirected.passed());
        assertTrue(redirected.detail().contains("301 redirect to https://"), redirected.detail());
        assertFalse(Kubelet.probe(pod, "127.0.0.1", get("/q/health/down")).passed());
    }

    @Test
    void aTcpProbeFailsWhereNothingListens() {
        Probe tcp = new ProbeBuilder().withNewTcpSocket().withPort(new IntOrString("http")).endTcpSocket().build();
        assertTrue(Kubelet.probe(pod, "127.0.0.1", tcp).passed());
        server.stop(0);
        assertFalse(Kubelet.probe(pod, "127.0.0.1", tcp).passed());
    }
}
