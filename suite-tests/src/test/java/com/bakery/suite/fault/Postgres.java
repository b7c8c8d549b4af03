package com.bakery.suite.fault;

import static org.awaitility.Awaitility.await;

import com.bakery.suite.db.SchemaRoles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Restarts, stops or starts the PostgreSQL server the suite uses, as an operator or a failover would:
 * {@code PG_RESTART_COMMAND}, {@code PG_STOP_COMMAND}, {@code PG_START_COMMAND} when set (e.g. {@code docker
 * restart <container>} where it runs in a container), otherwise the Debian cluster's {@code pg_ctlcluster ...}
 * (fast shutdown: sessions are cut and their transactions rolled back).
 */
final class Postgres {

    private Postgres() {
    }

    /** Restarts the server and waits until it takes connections again. */
    static void restart() throws IOException, InterruptedException {
        run("restart");
        awaitUp();
    }

    /** Stops the server (fast: sessions cut, their transactions rolled back). */
    static void stop() throws IOException, InterruptedException {
        run("stop");
    }

    /** Starts it again and waits until it takes connections. */
    static void start() throws IOException, InterruptedException {
        run("start");
        awaitUp();
    }

    private static void awaitUp() {
        await("PostgreSQL takes connections again").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> startedAt() != null);
    }

    private static void run(String action) throws IOException, InterruptedException {
        List<String> command = command(action);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("PostgreSQL did not " + action + " within 60 s: " + command);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " exited " + process.exitValue() + ": " + output);
        }
    }

    /** When the server last started ({@code pg_postmaster_start_time()}): a restart changes it. */
    static String startedAt() throws SQLException {
        try (Connection c = SchemaRoles.connect("sales");
                ResultSet rs = c.createStatement().executeQuery("SELECT pg_postmaster_start_time()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> command(String action) {
        String custom = System.getenv("PG_" + action.toUpperCase() + "_COMMAND");
        if (custom != null && !custom.isBlank()) {
            return List.of("sh", "-c", custom);
        }
        File[] versions = new File("/etc/postgresql").listFiles(File::isDirectory);
        if (versions == null || versions.length == 0) {
            throw new IllegalStateException("no PostgreSQL cluster under /etc/postgresql: set PG_RESTART_COMMAND");
        }
        String version = Arrays.stream(versions).map(File::getName)
                .max(Comparator.comparingDouble(Double::parseDouble)).orElseThrow();
        List<String> command = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("sudo", "-n"));
        }
        command.addAll(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action));
        return command;
    }
}
