package com.bakery.suite.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.suite.deploy.Overlays;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rehearsal's pods are the rendered dev overlay's, as the kubelet would run them: what each container is given
 * (environment, files, user, limits, command) and what the rehearsal refuses to run otherwise than a cluster would.
 */
class PodRunTest {

    private static Manifests manifests;

    @TempDir
    Path files;

    @BeforeAll
    static void renderTheDevOverlayAndItsSecrets() throws Exception {
        Process secrets = new ProcessBuilder("k8s/overlays/dev/create-secrets.sh", "--print")
                .directory(Path.of("..").toAbsolutePath().normalize().toFile()).redirectErrorStream(true).start();
        String made = new String(secrets.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(secrets.waitFor(60, TimeUnit.SECONDS) && secrets.exitValue() == 0, made);
        String keys = """
                apiVersion: v1
                kind: Secret
                metadata: {name: gateway-jwt-keys, namespace: bakery}
                stringData: {jwt-private.pem: PRIVATE, jwt-public.pem: PUBLIC}
                """;
        manifests = Manifests.of(List.of(Overlays.rendered("dev"), made, keys));
    }

    private PodRun runner() {
        return new PodRun(manifests, "net", "bakery", files);
    }

    private static PodTemplateSpec template(Class<? extends io.fabric8.kubernetes.api.model.HasMetadata> kind,
            String name) {
        return manifests.all(kind).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .map(o -> o instanceof Deployment d ? d.getSpec().getTemplate()
                        : o instanceof StatefulSet s ? s.getSpec().getTemplate()
                        : ((Job) o).getSpec().getTemplate())
                .orElseThrow();
    }

    private static boolean hasPair(List<String> args, String option, String value) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals(option) && args.get(i + 1).equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aServicePodGetsItsConfigMapsSecretsUserLimitsAndServiceName() {
        PodRun.Pod pod = runner().pod("sales-service-0", template(Deployment.class, "sales-service"), Set.of(),
                List.of(), true);
        List<String> args = pod.args();
        assertTrue(hasPair(args, "--network-alias", "sales-service"), args.toString());
        assertTrue(hasPair(args, "--user", "185"), args.toString());
        assertTrue(hasPair(args, "--group-add", "185"), args.toString());
        assertTrue(args.contains("--read-only") && args.contains("--read-only-tmpfs=false"), args.toString());
        assertTrue(hasPair(args, "--cap-drop", "all") && hasPair(args, "--security-opt", "no-new-privileges"));
        assertTrue(hasPair(args, "--memory", (384L * 1024 * 1024) + "b") && hasPair(args, "--cpus", "1"));
        assertTrue(hasPair(args, "--mount", "type=tmpfs,destination=/tmp,tmpfs-mode=1777"), args.toString());
        assertEquals("bakery_sales", pod.env().get("DATABASE_USER")); // envFrom the service's ConfigMap
        assertEquals("jdbc:postgresql://postgres:5432/bakery", pod.env().get("DATABASE_URL")); // and the common one
        assertEquals(manifests.secret("bakery-secrets").get("sales-database-password"), pod.env().get("DATABASE_PASSWORD"));
        assertTrue(hasPair(args, "--env", "DATABASE_PASSWORD"));
        assertFalse(String.join(" ", args).contains(pod.env().get("DATABASE_PASSWORD")), "no secret on podman's command line");
        assertEquals(8082, pod.port("http"));
    }

    @Test
    void optionalKeysThatAreMissingAreLeftOutAndSecretVolumesBecomeFiles() throws Exception {
        PodRun.Pod pod = runner().pod("agent-gateway-0", template(Deployment.class, "agent-gateway"), Set.of(),
                List.of(), true);
        assertFalse(pod.env().containsKey("GEMINI_API_KEY"), "an optional key the Secret lacks sets nothing");
        assertTrue(pod.args().contains(files.resolve("agent-gateway-0/jwt-keys") + ":/secrets/jwt:ro"));
        assertEquals("PRIVATE", Files.readString(files.resolve("agent-gateway-0/jwt-keys/jwt-private.pem")));
    }

    @Test
    void argumentsReferringToTheEnvironmentAreExpandedAsTheKubeletDoes() {
        PodRun.Pod redis = runner().pod("redis-0", template(Deployment.class, "redis"), Set.of(), List.of(), true);
        String password = manifests.secret("bakery-secrets").get("redis-password");
        assertTrue(hasPair(redis.args(), "--requirepass", password), redis.args().toString());
        assertEquals("a $(B) b-value $(UNSET)", PodRun.expand("a $$(B) $(B)-value $(UNSET)", Map.of("B", "b")));
    }

    @Test
    void aJobRunsItsCommandToItsEndInNoServiceAndAClaimIsAVolumeOfThePod() {
        PodRun.Pod job = runner().pod("postgres-provision-1", template(Job.class, "postgres-provision"), Set.of(),
                List.of(), false);
        assertFalse(job.args().contains("--detach") || job.args().contains("--network-alias"), job.args().toString());
        assertTrue(job.args().get(job.args().indexOf("--entrypoint") + 1).startsWith("[\"bash\",\"-c\","));
        PodRun.Pod postgres = runner().pod("postgres-0", template(StatefulSet.class, "postgres"), Set.of("data"),
                List.of(), true);
        assertTrue(postgres.args().contains("net-postgres-0-data:/var/lib/postgresql/data"), postgres.args().toString());
    }

    @Test
    void whatTheKubeletWouldRefuseTheRehearsalRefusesToo() {
        PodTemplateSpec missingKey = new PodTemplateSpecBuilder(template(Deployment.class, "sales-service"))
                .editSpec().editFirstContainer().addToEnv(new EnvVarBuilder().withName("NOT_THERE").withNewValueFrom()
                        .withNewSecretKeyRef("no-such-key", "bakery-secrets", false).endValueFrom().build())
                .endContainer().endSpec().build();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> runner().pod("sales-service-0", missingKey, Set.of(), List.of(), true));
        assertTrue(refused.getMessage().contains("has no key no-such-key"), refused.getMessage());

        PodTemplateSpec asRoot = new PodTemplateSpecBuilder(template(Deployment.class, "sales-service"))
                .editSpec().editSecurityContext().withRunAsUser(0L).endSecurityContext().endSpec().build();
        refused = assertThrows(IllegalStateException.class,
                () -> runner().pod("sales-service-0", asRoot, Set.of(), List.of(), true));
        assertTrue(refused.getMessage().contains("runAsNonRoot"), refused.getMessage());

        PodTemplateSpec twoContainers = new PodTemplateSpecBuilder(template(Deployment.class, "sales-service"))
                .editSpec().addNewContainer().withName("sidecar").withImage("busybox").endContainer().endSpec().build();
        refused = assertThrows(IllegalStateException.class,
                () -> runner().pod("sales-service-0", twoContainers, Set.of(), List.of(), true));
        assertTrue(refused.getMessage().contains("one container"), refused.getMessage());
    }
}
