package com.bakery.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The suite's processes' logs (target/suite-logs), written as production writes them: one JSON object per line.
 * What a log collector relies on, and what must never be in a log line.
 */
public final class SuiteLogs {

    public static final List<String> SERVICES = List.of("agent-gateway", "inventory-service", "sales-service",
            "payments-service", "classifier-service");
    private static final List<String> FIELDS = List.of("timestamp", "level", "service", "version", "message");

    private SuiteLogs() {
    }

    private static final Path DIR = Path.of("target", "suite-logs");

    /** Every JSON line of each service names its time, level, service and version; returns how many there were. */
    public static int assertStructured() {
        return assertStructured(DIR);
    }

    static int assertStructured(Path dir) {
        int lines = 0;
        for (String service : SERVICES) {
            for (String line : lines(dir, service)) {
                if (!line.startsWith("{")) {
                    continue; // the JVM's own warnings before logging starts
                }
                JsonPath json = JsonPath.from(line);
                for (String field : FIELDS) {
                    assertTrue(json.get(field) != null, service + " logged a line without " + field + ": " + line);
                }
                assertEquals(service, json.getString("service"), line);
                lines++;
            }
        }
        return lines;
    }

    /** No line of any process shows one of {@code secrets}; returns the lines searched. */
    public static int assertNoneShows(List<String> secrets) {
        return assertNoneShows(DIR, secrets);
    }

    static int assertNoneShows(Path dir, List<String> secrets) {
        List<String> found = new ArrayList<>();
        int searched = 0;
        for (String service : SERVICES) {
            for (String line : lines(dir, service)) {
                searched++;
                secrets.stream().filter(line::contains).forEach(s -> found.add(service + ": "
                        + s.substring(0, Math.min(8, s.length())) + "... in " + line));
            }
        }
        assertEquals(List.of(), found, "secrets in the logs");
        return searched;
    }

    private static List<String> lines(Path dir, String service) {
        Path log = dir.resolve(service + ".log");
        try (Stream<String> lines = Files.lines(log)) {
            return lines.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
