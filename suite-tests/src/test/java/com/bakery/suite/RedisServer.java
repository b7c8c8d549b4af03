package com.bakery.suite;

import static org.awaitility.Awaitility.await;

import com.bakery.testing.ServiceProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The suite's own Redis: a real {@code redis-server} on a free port, owned by the test run, so a fault test can
 * stop it and start it again without touching the machine's Redis ({@code REDIS_SERVER} names another binary).
 */
public final class RedisServer implements AutoCloseable {

    private final int port = ServiceProcess.freePort();
    private final Path log = Path.of("target", "suite-logs", "redis.log").toAbsolutePath();
    private Process process;

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts it (again, on the same port) and waits until it answers PING. */
    public synchronized RedisServer start() {
        String binary = System.getenv().getOrDefault("REDIS_SERVER", "redis-server");
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(List.of(binary, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + binary + " (install redis-server)", e);
        }
        await("redis-server on port " + port + " (log: " + log + ")").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("redis-server exited at start; see " + log);
                    }
                    return answers();
                });
        return this;
    }

    /** Stops it as an operator's restart or a crash of the host would: every client loses its connection. */
    public synchronized void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean answers() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            stop();
        }
    }
}
