package com.bakery.suite.rehearsal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The podman command line (its containers.conf and registries.conf come from the environment the script sets). */
final class Podman {

    /** What a podman command printed, and how it ended. */
    record Result(int status, String output) {

        boolean ok() {
            return status == 0;
        }
    }

    private Podman() {
    }

    /** Runs {@code podman args...} to its end (at most {@code seconds}); stdout and stderr together. */
    static Result run(long seconds, List<String> args) {
        return run(seconds, args, Map.of());
    }

    /** With {@code env} added to podman's environment (where {@code --env NAME} takes a value from). */
    static Result run(long seconds, List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(args);
        Path out = null;
        try {
            out = Files.createTempFile("podman", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "podman " + args.get(0) + " did not finish within " + seconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return new Result(-1, "podman could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        } finally {
            if (out != null) {
                out.toFile().delete();
            }
        }
    }

    static Result run(String... args) {
        return run(120, List.of(args));
    }

    /** Runs it and returns its output; throws with that output when it fails. */
    static String must(String... args) {
        Result result = run(args);
        if (!result.ok()) {
            throw new IllegalStateException("podman " + String.join(" ", args) + ": " + result.output());
        }
        return result.output();
    }
}
