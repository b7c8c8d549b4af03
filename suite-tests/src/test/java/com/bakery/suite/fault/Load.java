package com.bakery.suite.fault;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Threads repeating one request until stopped, counting its answers (HTTP status; 0 for a refused or cut
 * connection) per phase of a fault: before, during, after.
 */
final class Load implements AutoCloseable {

    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, Map<Integer, AtomicInteger>> answers = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final java.util.List<Future<?>> workers = new java.util.ArrayList<>();
    private volatile String phase = "before";

    private Load(int count, IntSupplier request) {
        threads = Executors.newFixedThreadPool(count);
        for (int i = 0; i < count; i++) {
            workers.add(threads.submit(() -> {
                while (running.get()) {
                    String now = phase;
                    int status;
                    try {
                        status = request.getAsInt();
                    } catch (RuntimeException e) {
                        status = 0;
                    }
                    answers.computeIfAbsent(now, p -> new ConcurrentHashMap<>())
                            .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    total.incrementAndGet();
                }
                return null;
            }));
        }
    }

    static Load start(int threads, IntSupplier request) {
        return new Load(threads, request);
    }

    void phase(String name) {
        phase = name;
    }

    int count() {
        return total.get();
    }

    int count(String inPhase) {
        return answers.getOrDefault(inPhase, Map.of()).values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Answers per status in a phase, e.g. {@code {200=812}}. */
    Map<Integer, Integer> answers(String inPhase) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.getOrDefault(inPhase, Map.of()).forEach((status, n) -> counts.put(status, n.get()));
        return counts;
    }

    /** Stops, waiting for requests in flight; a request that threw an assertion fails the caller here. */
    @Override
    public void close() throws Exception {
        running.set(false);
        threads.shutdown();
        if (!threads.awaitTermination(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("load did not stop within 90 s");
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
    }
}
