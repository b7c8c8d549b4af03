package com.bakery.suite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** {@link StrictManifests}: every overlay passes it, and it refuses each way a manifest has been or could be broken. */
class StrictManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "native" })
    void everyOverlayPasses(String overlay) throws Exception {
        assertEquals(List.of(),
                StrictManifests.problems(Overlays.rendered(overlay), Overlays.requiredSecrets(overlay)));
    }

    /** Each of these is refused with a line that says what is wrong; the overlay without it passes (above). */
    @Test
    @SuppressWarnings("unchecked")
    void eachBrokenManifestIsRefusedSayingWhy() throws Exception {
        String dev = Overlays.rendered("dev");
        Set<String> secrets = Overlays.requiredSecrets("dev");
        // generated: its name carries a hash of its content
        String common = configMapNamed(dev, "bakery-common-");
        record Breakage(String what, String kind, String name, Consumer<Map<String, Object>> change, String expected) {
        }
        List<Breakage> breakages = List.of(
                new Breakage("a NetworkPolicy rule whose peers slipped one level up (an empty from admits everyone)",
                        "NetworkPolicy", "sales-service", policy -> {
                            Map<String, Object> rule = first(get(policy, "spec", "ingress"));
                            Object peers = rule.remove("from");
                            rule.put("from", null);
                            rule.putAll(first(peers));
                        }, "unknown field podSelector"),
                new Breakage("the same rule, for what it admits", "NetworkPolicy", "sales-service", policy -> {
                    Map<String, Object> rule = first(get(policy, "spec", "ingress"));
                    rule.remove("from");
                }, "an ingress rule without peers admits everyone"),
                new Breakage("a misspelt container field", "Deployment", "payments-service",
                        d -> container(d).put("imagePulPolicy", "Always"), "unknown field imagePulPolicy"),
                new Breakage("a field of the wrong type", "Deployment", "sales-service",
                        d -> ((Map<String, Object>) get(d, "spec")).put("minReadySeconds", "soon"), "not a valid object"),
                new Breakage("pods the selector does not select", "Deployment", "sales-service",
                        d -> ((Map<String, Object>) get(d, "spec", "template", "metadata", "labels"))
                                .put("app.kubernetes.io/name", "sales"), "its selector does not select its own pods"),
                new Breakage("a Service port to no container port", "Service", "inventory-service",
                        s -> first(get(s, "spec", "ports")).put("targetPort", "htp"),
                        "targets htp, which no selected container opens"),
                new Breakage("a Service that selects no pods", "Service", "payments-service",
                        s -> ((Map<String, Object>) get(s, "spec", "selector")).put("app.kubernetes.io/name", "pay"),
                        "selects no pods"),
                new Breakage("a Secret nobody creates", "Deployment", "agent-gateway",
                        d -> secretRef(d, "DATABASE_PASSWORD").put("name", "bakery-secret"),
                        "Secret bakery-secret is neither defined nor listed"),
                new Breakage("a ConfigMap key that is not there", "Deployment", "inventory-service", d -> {
                    List<Object> env = get(d, "spec", "template", "spec", "containers");
                    ((List<Object>) ((Map<String, Object>) env.get(0)).get("env")).add(Map.of("name", "X",
                            "valueFrom", Map.of("configMapKeyRef", Map.of("name", common, "key", "NOPE"))));
                }, "reads key NOPE that ConfigMap " + common + " lacks"),
                new Breakage("a probe off the health paths", "Deployment", "classifier-service",
                        d -> ((Map<String, Object>) get(container(d), "readinessProbe", "httpGet")).put("path", "/health"),
                        "probes /health, not a health path"),
                new Breakage("a probe on a port the container does not open", "Deployment", "classifier-service",
                        d -> ((Map<String, Object>) get(container(d), "livenessProbe", "httpGet")).put("port", "web"),
                        "probes port web, which its container does not open"),
                new Breakage("a probe on the main port, where health is not served", "Deployment", "sales-service",
                        d -> ((Map<String, Object>) get(container(d), "readinessProbe", "httpGet")).put("port", "http"),
                        "health is served on the management port only"),
                new Breakage("an autoscaler of nothing", "HorizontalPodAutoscaler", "sales-service",
                        h -> ((Map<String, Object>) get(h, "spec", "scaleTargetRef")).put("name", "sales"),
                        "scales sales, which does not exist"),
                new Breakage("a kind the API does not have", "Service", "redis", s -> s.put("kind", "Servce"),
                        "no schema for this apiVersion and kind"));
        for (Breakage breakage : breakages) {
            List<String> problems = StrictManifests.problems(change(dev, breakage.kind(), breakage.name(),
                    breakage.change()), secrets);
            assertTrue(problems.stream().anyMatch(p -> p.contains(breakage.expected())),
                    breakage.what() + ": expected a problem with '" + breakage.expected() + "', got " + problems);
        }
    }

    @SuppressWarnings("unchecked")
    private static String configMapNamed(String rendered, String prefix) {
        for (Object document : new Yaml().loadAll(rendered)) {
            Map<String, Object> object = (Map<String, Object>) document;
            String name = (String) ((Map<String, Object>) object.get("metadata")).get("name");
            if ("ConfigMap".equals(object.get("kind")) && name.startsWith(prefix)) {
                return name;
            }
        }
        throw new AssertionError("no ConfigMap " + prefix + "* is rendered");
    }

    @SuppressWarnings("unchecked")
    private static String change(String rendered, String kind, String name, Consumer<Map<String, Object>> change) {
        Yaml yaml = new Yaml();
        List<Object> documents = new ArrayList<>();
        boolean found = false;
        for (Object document : yaml.loadAll(rendered)) {
            Map<String, Object> object = (Map<String, Object>) document;
            if (kind.equals(object.get("kind")) && name.equals(((Map<String, Object>) object.get("metadata")).get("name"))) {
                change.accept(object);
                found = true;
            }
            documents.add(object);
        }
        assertTrue(found, kind + "/" + name + " is rendered");
        return yaml.dumpAll(documents.iterator());
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> object, String... path) {
        Object node = object;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return (T) node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Object list) {
        return (Map<String, Object>) ((List<Object>) list).get(0);
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return first(get(deployment, "spec", "template", "spec", "containers"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> secretRef(Map<String, Object> deployment, String variable) {
        List<Object> env = (List<Object>) container(deployment).get("env");
        return env.stream().map(e -> (Map<String, Object>) e).filter(e -> variable.equals(e.get("name")))
                .map(e -> (Map<String, Object>) get(e, "valueFrom", "secretKeyRef")).findFirst().orElseThrow();
    }
}
