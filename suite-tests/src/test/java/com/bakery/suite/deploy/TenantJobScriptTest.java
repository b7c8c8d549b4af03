package com.bakery.suite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * scripts/k8s-tenant.sh, the tenant command in a cluster (the pipeline's staging smoke test makes its tenant with
 * it), against a stand-in kubectl that answers with the dev overlay's rendered gateway Deployment, keeps what it is
 * given and plays the Job's outcome: the Job it applies runs the gateway's command with exactly the Deployment's
 * image, config and secrets and is valid beside the overlay; its log is printed; it is deleted whatever happened.
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
                  *"get deployment agent-gateway"*) cat "$STUB_DIR/deployment.json" ;;
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
        Files.writeString(dir.resolve("deployment.json"), Serialization.asJson(gateway()));
        builder.environment().putAll(Map.of("PATH", dir + ":" + System.getenv("PATH"), "STUB_DIR", dir.toString(),
                "STUB_OUTCOME", outcome));
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
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) job.get("spec"))
                .get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        Map<String, Object> serving = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) (
                (Map<String, Object>) gateway().get("spec")).get("template")).get("spec")).get("containers")).get(0);
        assertEquals(List.of("tenant", "create", "north2", "--admin", "owner@north2"), container.get("args"));
        for (String same : List.of("image", "env", "envFrom", "volumeMounts", "securityContext", "resources")) {
            assertEquals(serving.get(same), container.get(same), same + " as the gateway's");
        }
        assertTrue(!container.containsKey("readinessProbe") && !container.containsKey("ports"), "it serves nothing");
        assertEquals("Never", pod.get("restartPolicy"));
        assertEquals(List.of(), StrictManifests.problems(dev + "\n---\n" + applied,
                Overlays.requiredSecrets("dev")), "the Job is valid beside the overlay it runs in");
        for (Object object : new Yaml().loadAll(dev)) {
            Map<String, Object> service = (Map<String, Object>) object;
            if ("Service".equals(service.get("kind"))) {
                Map<String, Object> selector = (Map<String, Object>) ((Map<String, Object>) service.get("spec"))
                        .get("selector");
                Map<String, Object> labels = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) (
                        (Map<String, Object>) job.get("spec")).get("template")).get("metadata")).get("labels");
                assertTrue(!labels.entrySet().containsAll(selector.entrySet()), "no Service sends the Job traffic");
            }
        }
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

    private String dev;

    @org.junit.jupiter.api.BeforeEach
    void render() throws Exception {
        dev = Overlays.rendered("dev");
    }

    /** The dev overlay's rendered gateway Deployment, as kubectl get would give it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> gateway() {
        for (Object object : new Yaml().loadAll(dev)) {
            Map<String, Object> o = (Map<String, Object>) object;
            if ("Deployment".equals(o.get("kind"))
                    && "agent-gateway".equals(((Map<String, Object>) o.get("metadata")).get("name"))) {
                return o;
            }
        }
        throw new AssertionError("the dev overlay renders the gateway's Deployment");
    }
}
