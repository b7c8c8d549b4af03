package com.bakery.suite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * scripts/k8s-tenant.sh, the tenant command in a cluster (the pipeline's staging smoke test makes its tenant with
 * it), against a stand-in kubectl that keeps what it was given and plays the Job's outcome: the Job it applies is
 * the gateway's command with the names and image filled in, its log is printed, and it is deleted whatever happened.
 */
class TenantJobScriptTest {

    @TempDir
    Path dir;

    private record Run(int exit, String output) {
    }

    private Run run(String outcome, String... args) throws Exception {
        Path kubectl = dir.resolve("kubectl");
        Files.writeString(kubectl, """
                #!/usr/bin/env bash
                echo "$*" >>"$STUB_DIR/calls"
                case "$*" in
                  *apply*) cat >"$STUB_DIR/applied.yaml" ;;
                  *jsonpath*) echo -n "$STUB_OUTCOME" ;;
                  *logs*) echo "One-time password: stub-password" ;;
                esac
                """);
        Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/k8s-tenant.sh"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(ServiceConfig.ROOT.toFile());
        builder.environment().putAll(Map.of("PATH", dir + ":" + System.getenv("PATH"), "STUB_DIR", dir.toString(),
                "STUB_OUTCOME", outcome, "TENANT_IMAGE", "registry.example/bakery/agent-gateway:1.2.3"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), output);
    }

    private String calls() throws Exception {
        return Files.exists(dir.resolve("calls")) ? Files.readString(dir.resolve("calls")) : "";
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTenantMadeInTheClusterPrintsItsPasswordAndLeavesNoJob() throws Exception {
        Run made = run("1/", "create", "north2", "--admin", "owner@north2");
        assertEquals(0, made.exit(), made.output());
        assertTrue(made.output().contains("One-time password: stub-password"), made.output());

        String applied = Files.readString(dir.resolve("applied.yaml"));
        Map<String, Object> job = new Yaml().load(applied);
        assertEquals("tenant-create-north2", ((Map<String, Object>) job.get("metadata")).get("name"));
        Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) (
                (Map<String, Object>) job.get("spec")).get("template")).get("spec")).get("containers")).get(0);
        assertEquals(List.of("tenant", "create", "north2", "--admin", "owner@north2"), container.get("args"));
        assertEquals("registry.example/bakery/agent-gateway:1.2.3", container.get("image"));
        assertEquals(List.of(), StrictManifests.problems(kustomizeBase() + "\n---\n" + applied, Set.of("bakery-secrets",
                "gateway-jwt-keys", "gateway-tls")), "the Job is valid beside the objects it reads");
        assertTrue(calls().contains("delete job tenant-create-north2"), calls());
    }

    @Test
    void aRefusedTenantFailsWithTheCommandsWordsAndLeavesNoJob() throws Exception {
        Run refused = run("/1", "create", "north2", "--admin", "owner@north2");
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(calls().contains("logs job/tenant-create-north2") && calls().contains("delete job"), calls());
    }

    @Test
    void namesTheCommandWouldRefuseAreRefusedBeforeAnythingIsApplied() throws Exception {
        for (String[] args : List.of(new String[] { "create", "North", "--admin", "owner@North" },
                new String[] { "create", "north2", "--admin", "owner@south" },
                new String[] { "create", "north2", "--admin", "own'er@north2" },
                new String[] { "create", "north2" })) {
            Run run = run("1/", args);
            assertTrue(run.exit() != 0, String.join(" ", args));
        }
        assertEquals("", calls(), "kubectl was never called");
    }

    private static String kustomizeBase() throws Exception {
        Process process = new ProcessBuilder("kubectl", "kustomize", "k8s/base").directory(ServiceConfig.ROOT.toFile())
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return output;
    }
}
