package com.bakery.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What only the PostgreSQL superuser may do, for tests: provisioning scratch databases and tampering with tables
 * their services' roles cannot touch (the audit trail). Goes through {@code scripts/lib.sh}'s {@code psql_super},
 * as the scripts do.
 */
public final class Superuser {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private Superuser() {
    }

    /** The database the tests use: the last part of {@code DATABASE_URL} (default {@code bakery}). */
    public static String testDatabase() {
        String url = System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            return "bakery";
        }
        String database = url.substring(url.lastIndexOf('/') + 1);
        return database.contains("?") ? database.substring(0, database.indexOf('?')) : database;
    }

    /** Runs {@code sql} (one transaction) in {@code database} as the superuser; returns what psql printed. */
    public static String sql(String database, String sql) {
        return run(Map.of("SQL_DATABASE", database, "SQL", sql), "bash", "-c",
                "source scripts/lib.sh && psql_super -d \"$SQL_DATABASE\" -c \"$SQL\"");
    }

    /** Runs a command from the repository's root with {@code env} added; fails with its output if it fails. */
    public static String run(Map<String, String> env, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
