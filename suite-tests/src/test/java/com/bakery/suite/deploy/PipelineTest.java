package com.bakery.suite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub pipeline cannot run here, so what it runs is checked against what runs here: it calls the scripts CI
 * runs (every script it names exists), its staging smoke test makes a tenant with the tenant Job instead of signing
 * in as demo users, and it builds the native images the native overlay and compose file name.
 */
class PipelineTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jobs() throws Exception {
        Map<String, Object> pipeline = new Yaml().load(Files.readString(
                ServiceConfig.ROOT.resolve(".github/workflows/pipeline.yml")));
        return (Map<String, Object>) pipeline.get("jobs");
    }

    @SuppressWarnings("unchecked")
    private static String runs(String job) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> step : (List<Map<String, Object>>) ((Map<String, Object>) jobs().get(job)).get("steps")) {
            text.append(step.getOrDefault("run", "")).append('\n').append(step.getOrDefault("env", "")).append('\n');
        }
        return text.toString();
    }

    @Test
    void itRunsTheScriptsThatRunHere() throws Exception {
        assertTrue(runs("test").contains("bash .ci/run"), "the test job is .ci/run");
        assertTrue(runs("images").contains("bash scripts/images.sh"), "the images job is scripts/images.sh");
        assertTrue(runs("staging").contains("bash scripts/smoke.sh"), "staging is checked by scripts/smoke.sh");
        Matcher scripts = Pattern.compile("scripts/[\\w-]+\\.sh").matcher(Files.readString(
                ServiceConfig.ROOT.resolve(".github/workflows/pipeline.yml")));
        while (scripts.find()) {
            assertTrue(Files.exists(ServiceConfig.ROOT.resolve(scripts.group())), scripts.group() + " exists");
        }
    }

    @Test
    void stagingIsSmokeTestedAsATenantMadeWithTheTenantJob() throws Exception {
        String staging = runs("staging");
        assertTrue(staging.contains("TENANT_COMMAND=bash scripts/k8s-tenant.sh"), staging);
        assertTrue(!staging.contains("DEMO_PASSWORD"), "no demo users: " + staging);
        assertTrue(staging.contains("job/postgres-provision"), "the deploy waits for the provisioning Job");
    }

    @Test
    void theNativeImagesTheNativeOverlayNamesAreBuilt() throws Exception {
        String nativeJob = runs("native");
        assertTrue(nativeJob.contains("-Dquarkus.container-image.push=${{ github.event_name == 'push' }}"), nativeJob);
        assertTrue(nativeJob.contains("-Dquarkus.container-image.tag=${{ steps.tag.outputs.tag }}-native"), nativeJob);
        String overlay = Files.readString(ServiceConfig.ROOT.resolve("k8s/overlays/native/kustomization.yaml"));
        assertEquals(5, overlay.split("newTag: [\\w.]+-native", -1).length - 1, "the overlay names five -native tags");
    }
}
