package com.bakery.suite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The k8s/ overlays as the deploy tests read them: rendered by kubectl's kustomize, and the Secrets they expect. */
public final class Overlays {

    private Overlays() {
    }

    /** {@code kubectl kustomize k8s/overlays/<overlay>}: every object, as YAML documents. */
    public static String rendered(String overlay) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("kubectl", "kustomize", "k8s/overlays/" + overlay)
                .directory(ServiceConfig.ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "kubectl kustomize " + overlay + " finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The Secrets the overlay references but the operator creates (its required-secrets.txt). */
    static Set<String> requiredSecrets(String overlay) throws IOException {
        return Files.readAllLines(ServiceConfig.ROOT.resolve("k8s/overlays/" + overlay + "/required-secrets.txt"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toSet());
    }
}
