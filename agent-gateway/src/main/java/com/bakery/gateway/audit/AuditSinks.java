package com.bakery.gateway.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Copies written audit records to the sinks named in {@code AUDIT_SINKS}, each with its id and hashes: the last
 * of a batch is the chain's head as it was written, a copy outside the database that a cut tail cannot reach.
 * Each sink has its own bounded queue and thread, so a slow or dead sink never slows a request or another sink: a
 * full queue drops (and counts) the newest records, a failed batch is retried with growing pauses and then given
 * up (counted).
 */
@ApplicationScoped
public class AuditSinks {

    private static final Logger LOG = Logger.getLogger(AuditSinks.class);

    private final List<Runner> runners = new ArrayList<>();

    public AuditSinks(AuditConfig audit, ObjectMapper json, MeterRegistry metrics) {
        for (String name : audit.sinks().orElse(List.of())) {
            AuditSink sink = switch (name.strip().toLowerCase()) {
                case "stdout" -> new Sinks.Stdout(json);
                case "file" -> new Sinks.File(Path.of(audit.file().orElse("audit.jsonl")), json);
                case "splunk" -> new Sinks.Splunk(URI.create(required(audit.splunkHecUrl(), "SPLUNK_HEC_URL")),
                        required(audit.splunkHecToken(), "SPLUNK_HEC_TOKEN"), host(), json);
                case "webhook" -> new Sinks.Webhook(URI.create(required(audit.webhookUrl(), "AUDIT_WEBHOOK_URL")), json);
                case "" -> null;
                default -> throw new IllegalArgumentException("Unknown audit sink " + name
                        + " (AUDIT_SINKS takes stdout, file, splunk, webhook)");
            };
            if (sink != null) {
                runners.add(new Runner(sink, audit.queueSize(), audit.attempts(), metrics));
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        runners.forEach(Runner::stop);
    }

    void offer(List<AuditLink> batch) {
        runners.forEach(r -> r.offer(batch));
    }

    private static String required(java.util.Optional<String> value, String variable) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                "The audit sink needs " + variable));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "agent-gateway";
        }
    }

    /** One sink's queue and thread. */
    private static final class Runner {
        private final AuditSink sink;
        private final BlockingQueue<AuditLink> queue;
        private final int attempts;
        private final Counter delivered;
        private final Counter failed;
        private final Counter dropped;
        private final Thread thread;
        private volatile boolean running = true;

        Runner(AuditSink sink, int size, int attempts, MeterRegistry metrics) {
            this.sink = sink;
            this.queue = new ArrayBlockingQueue<>(size);
            this.attempts = attempts;
            this.delivered = Counter.builder("audit.sink.delivered").tag("sink", sink.name()).register(metrics);
            this.failed = Counter.builder("audit.sink.failed").description("failed delivery attempts")
                    .tag("sink", sink.name()).register(metrics);
            this.dropped = Counter.builder("audit.sink.dropped").description("records given up or not queued")
                    .tag("sink", sink.name()).register(metrics);
            this.thread = new Thread(this::run, "audit-sink-" + sink.name());
            thread.setDaemon(true);
            thread.start();
        }

        void offer(List<AuditLink> batch) {
            for (AuditLink r : batch) {
                if (!queue.offer(r)) {
                    dropped.increment();
                }
            }
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        private void run() {
            while (running) {
                List<AuditLink> batch = new ArrayList<>();
                try {
                    AuditLink first = queue.poll(500, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, 99);
                    deliver(batch);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void deliver(List<AuditLink> batch) throws InterruptedException {
            long pause = 100;
            for (int attempt = 1; attempt <= attempts; attempt++) {
                try {
                    sink.deliver(batch);
                    delivered.increment(batch.size());
                    return;
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    failed.increment();
                    if (attempt == attempts) {
                        dropped.increment(batch.size());
                        LOG.warnf("Audit sink %s gave up %d records after %d attempts: %s", sink.name(),
                                batch.size(), attempts, e.getMessage());
                        return;
                    }
                    Thread.sleep(pause);
                    pause = Math.min(pause * 2, 5_000);
                }
            }
        }
    }
}
