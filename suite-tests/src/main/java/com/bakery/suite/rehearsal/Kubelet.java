package com.bakery.suite.rehearsal;

import io.fabric8.kubernetes.api.model.Probe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Probes as the kubelet runs them: HTTP GET on the pod's address and the probe's port (named or numbered), a TCP
 * connect, or a command in the container; each within the probe's timeout (1 s when unset). An HTTP answer from
 * 200 to 299 passes; a redirect fails (the kubelet would follow one to https and get no answer from a port that
 * speaks HTTP), as does anything else.
 */
final class Kubelet {

    /** One probe's outcome, in words when it failed. */
    record Outcome(boolean passed, String detail) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(3)).build();

    private Kubelet() {
    }

    static Outcome probe(PodRun.Pod pod, String address, Probe probe) {
        int timeout = Objects.requireNonNullElse(probe.getTimeoutSeconds(), 1);
        if (probe.getHttpGet() != null) {
            int port = pod.port(probe.getHttpGet().getPort().getStrVal() != null
                    ? probe.getHttpGet().getPort().getStrVal() : String.valueOf(probe.getHttpGet().getPort().getIntVal()));
            URI uri = URI.create("http://" + address + ":" + port + probe.getHttpGet().getPath());
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(timeout))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                if (status >= 200 && status < 300) {
                    return new Outcome(true, "");
                }
                return new Outcome(false, "GET " + probe.getHttpGet().getPath() + ": " + status
                        + answer.headers().firstValue("Location").map(l -> " redirect to " + l).orElse(""));
            } catch (IOException e) {
                return new Outcome(false, "GET " + probe.getHttpGet().getPath() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(false, "interrupted");
            }
        }
        if (probe.getTcpSocket() != null) {
            int port = pod.port(probe.getTcpSocket().getPort().getStrVal() != null
                    ? probe.getTcpSocket().getPort().getStrVal() : String.valueOf(probe.getTcpSocket().getPort().getIntVal()));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), timeout * 1000);
                return new Outcome(true, "");
            } catch (IOException e) {
                return new Outcome(false, "tcp " + port + ": " + e.getMessage());
            }
        }
        if (probe.getExec() != null) {
            List<String> args = new ArrayList<>(List.of("exec", pod.container()));
            args.addAll(probe.getExec().getCommand());
            Podman.Result result = Podman.run(timeout + 10L, args);
            return new Outcome(result.ok(), result.ok() ? "" : String.join(" ", probe.getExec().getCommand()) + ": "
                    + result.output());
        }
        throw new IllegalStateException(pod.name() + ": a probe of no kind the kubelet knows");
    }

    static int period(Probe probe) {
        return Objects.requireNonNullElse(probe.getPeriodSeconds(), 10);
    }

    static int failureThreshold(Probe probe) {
        return Objects.requireNonNullElse(probe.getFailureThreshold(), 3);
    }
}
