package com.bakery.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Another service of the suite, run from its packaged jar as its own process (as {@code ./bakery up} runs it),
 * for tests that need the real thing on the other end of a REST client. The jar must have been packaged: the
 * reactor does that when the module under test declares the other module as a test dependency.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<Path> LOGS_OF_THIS_RUN = ConcurrentHashMap.newKeySet();
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private final String module;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private ServiceProcess(String module, int port, int managementPort, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code module} on a free port with the dev profile and {@code env}; call {@link #awaitReady}. */
    public static ServiceProcess start(String module, int port, Map<String, String> env) {
        Path logs = Path.of("target", "suite-logs").toAbsolutePath();
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = logs.resolve(module + ".log");
        List<String> command = command(module);
        // a service started again in the same run (after a crash, say) goes on with the log it had
        ProcessBuilder builder = new ProcessBuilder(command).directory(logs.toFile()).redirectErrorStream(true)
                .redirectOutput(LOGS_OF_THIS_RUN.add(log) ? ProcessBuilder.Redirect.to(log.toFile())
                        : ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = new HashMap<>(env);
        environment.put("PORT", String.valueOf(port));
        // health and metrics: its management interface, on a free port of its own unless the caller names one
        int managementPort = Integer.parseInt(environment.computeIfAbsent("MANAGEMENT_PORT",
                k -> String.valueOf(freePort())));
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(module, port, managementPort, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a one-off command of a service's jar did: its exit status and everything it printed. */
    public record CommandResult(int exitCode, String output) {
    }

    /**
     * Runs {@code module}'s packaged jar (or native executable) with {@code args} as an operator's command, with
     * {@code env}, and waits for it to end (at most {@code timeout}).
     */
    public static CommandResult run(String module, Map<String, String> env, Duration timeout, String... args) {
        List<String> command = command(module);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            // read while it runs: a full pipe would stop it
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(module + " " + String.join(" ", args) + " did not end within "
                        + timeout + ":\n" + output.join());
            }
            return new CommandResult(process.exitValue(), output.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packaged jar; or, in a native build ({@code -Pnative}, no jar), the native executable. */
    private static List<String> command(String module) {
        Path target = ROOT.resolve(module).resolve("target");
        Path jar = target.resolve("quarkus-app/quarkus-run.jar");
        if (Files.exists(jar)) {
            return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx192m", "-XX:TieredStopAtLevel=1", "-Dquarkus.profile=dev", "-jar", jar.toString()));
        }
        try (var files = Files.exists(target) ? Files.list(target) : java.util.stream.Stream.<Path>empty()) {
            Path runner = files.filter(f -> f.getFileName().toString().endsWith("-runner") && Files.isExecutable(f))
                    .findFirst().orElseThrow(() -> new IllegalStateException(jar + " is missing: build the suite "
                            + "first (mvn -B verify from the root packages every service before the tests that need it)"));
            return new ArrayList<>(List.of(runner.toString(), "-Dquarkus.profile=dev"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A port nothing listens on now and that this JVM has not handed out before: ports are picked before the
     * processes that bind them start, so two picks in a row (a service's port, another's management port) must
     * not be the same free port.
     */
    public static int freePort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Its management interface: health, metrics, OpenAPI. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the end of the service's log otherwise. */
    public ServiceProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited during start:\n" + tail());
            }
            if (ready()) {
                return this;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(module + " not ready after " + timeout + ":\n" + tail());
    }

    private boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(managementUrl() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the service as an operator would (SIGTERM), then waits for it to exit. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(15).toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Kills the service at once (SIGKILL), as a crash or an OOM kill would: no shutdown hooks run. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return process.isAlive();
    }
}
