package com.bakery.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The log checks the bakery day relies on fail where they must. */
class SuiteLogsTest {

    @TempDir
    Path dir;

    private void write(String line) throws IOException {
        for (String service : SuiteLogs.SERVICES) {
            Files.writeString(dir.resolve(service + ".log"), line.replace("SERVICE", service) + "\n");
        }
    }

    @Test
    void passesStructuredLinesWithoutSecrets() throws IOException {
        write("{\"timestamp\":\"2026-12-06T10:00:00Z\",\"level\":\"INFO\",\"service\":\"SERVICE\",\"version\":\"0.1.0\","
                + "\"message\":\"Sale 1 completed\",\"mdc\":{\"traceId\":\"abc\"}}");
        assertEquals(5, SuiteLogs.assertStructured(dir));
        assertEquals(5, SuiteLogs.assertNoneShows(dir, List.of("s3cret-password")));
    }

    @Test
    void refusesALineShowingASecret() throws IOException {
        write("{\"timestamp\":\"t\",\"level\":\"INFO\",\"service\":\"SERVICE\",\"version\":\"v\","
                + "\"message\":\"signed in with s3cret-password\"}");
        assertThrows(AssertionFailedError.class, () -> SuiteLogs.assertNoneShows(dir, List.of("s3cret-password")));
    }

    @Test
    void refusesALineWithoutItsServiceOrVersion() throws IOException {
        write("{\"timestamp\":\"t\",\"level\":\"INFO\",\"message\":\"no service\"}");
        assertThrows(AssertionFailedError.class, () -> SuiteLogs.assertStructured(dir));
    }
}
