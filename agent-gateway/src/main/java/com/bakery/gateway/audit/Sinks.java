package com.bakery.gateway.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** The sinks of seed 002: stdout (JSON), a file (JSON lines), Splunk's HTTP Event Collector, a webhook. */
final class Sinks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Sinks() {
    }

    static Map<String, Object> event(AuditLink link) {
        AuditRecord r = link.record();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", link.id());
        e.put("time", r.atMs());
        e.put("requestId", r.requestId());
        e.put("tenant", r.tenant());
        e.put("subject", r.subject());
        e.put("method", r.method());
        e.put("path", r.path());
        e.put("status", r.status());
        e.put("latencyMs", r.latencyMs());
        e.put("clientIp", r.clientIp());
        e.put("denial", r.denial());
        if (r.detail() != null) {
            e.put("detail", r.detail());
        }
        e.put("prevHash", link.prevHash());
        e.put("hash", link.hash());
        return e;
    }

    record Stdout(ObjectMapper json) implements AuditSink {
        private static final Logger LOG = Logger.getLogger("bakery.audit");

        public String name() {
            return "stdout";
        }

        public void deliver(List<AuditLink> batch) throws IOException {
            for (AuditLink r : batch) {
                LOG.info(json.writeValueAsString(event(r)));
            }
        }
    }

    record File(Path path, ObjectMapper json) implements AuditSink {
        public String name() {
            return "file";
        }

        public void deliver(List<AuditLink> batch) throws IOException {
            StringBuilder lines = new StringBuilder();
            for (AuditLink r : batch) {
                lines.append(json.writeValueAsString(event(r))).append('\n');
            }
            Files.writeString(path, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /** {@code POST {url}/services/collector/event}, events back to back, {@code Authorization: Splunk <token>}. */
    record Splunk(URI url, String token, String host, ObjectMapper json) implements AuditSink {
        public String name() {
            return "splunk";
        }

        public void deliver(List<AuditLink> batch) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            for (AuditLink r : batch) {
                Map<String, Object> envelope = new LinkedHashMap<>();
                envelope.put("time", r.record().atMs() / 1000.0);
                envelope.put("host", host);
                envelope.put("source", "agent-gateway");
                envelope.put("sourcetype", "_json");
                envelope.put("event", event(r));
                body.append(json.writeValueAsString(envelope));
            }
            send(HttpRequest.newBuilder(url.resolve("/services/collector/event"))
                    .header("Authorization", "Splunk " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }
    }

    /** A JSON array of records to any URL. */
    record Webhook(URI url, ObjectMapper json) implements AuditSink {
        public String name() {
            return "webhook";
        }

        public void deliver(List<AuditLink> batch) throws IOException, InterruptedException {
            send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(batch.stream()
                            .map(Sinks::event).toList()))).build());
        }
    }

    private static void send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
