package com.bakery.suite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.testing.Superuser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * k8s/: every overlay renders with {@code kubectl kustomize}, every object it renders validates against the
 * Kubernetes JSON schemas (kubernetes-models, run with node), and what it renders agrees with the services: each
 * Deployment runs its service's image, probes paths the service serves, and sets only variables the service reads
 * (and every one its prod profile requires). The strict check of fields, selectors, ports and references is
 * {@link StrictManifests}' ({@link StrictManifestsTest}).
 */
class KubernetesManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "native" })
    void theOverlayRendersAndAgreesWithTheServices(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        Map<String, Map<String, Object>> configMaps = new java.util.HashMap<>();
        Set<String> deployments = new TreeSet<>();
        for (Map<String, Object> o : objects) {
            String name = (String) map(o, "metadata").get("name");
            if ("ConfigMap".equals(o.get("kind"))) {
                configMaps.put(name, map(o, "data"));
            }
            assertEquals("bakery", map(o, "metadata").getOrDefault("namespace", "bakery"), name);
        }
        for (Map<String, Object> o : objects) {
            if (!"Deployment".equals(o.get("kind")) || !ServiceConfig.MODULES.contains(name(o))) {
                continue;
            }
            deployments.add(name(o));
            checkService(o, configMaps, overlay);
        }
        assertEquals(new TreeSet<>(ServiceConfig.MODULES), deployments);
    }

    @SuppressWarnings("unchecked")
    private static void checkService(Map<String, Object> deployment, Map<String, Map<String, Object>> configMaps,
            String overlay) {
        String module = name(deployment);
        ServiceConfig config = ServiceConfig.of(module);
        Map<String, Object> spec = map(deployment, "spec");
        assertEquals(0, map(map(spec, "strategy"), "rollingUpdate").get("maxUnavailable"), module);
        Map<String, Object> pod = map(map(spec, "template"), "spec");
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);

        String image = (String) container.get("image");
        assertTrue(image.matches(".*/bakery/" + config.imageName() + ":[\\w.-]+"), module + " image " + image);
        assertEquals(overlay.equals("native"), image.endsWith("-native"), image);

        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String path = (String) map(map(container, probe), "httpGet").get("path");
            assertTrue(StrictManifests.HEALTH_PATHS.contains(path), module + " " + probe + " " + path);
        }
        // the management port the container opens is the one the service listens on for health
        assertTrue(((List<Map<String, Object>>) container.get("ports")).stream().anyMatch(p ->
                StrictManifests.MANAGEMENT.equals(p.get("name")) && Integer.valueOf(config.managementPort())
                        .equals(p.get("containerPort"))), module + " opens management on " + config.managementPort());
        assertEquals(true, map(container, "securityContext").get("readOnlyRootFilesystem"), module);
        assertEquals(true, map(pod, "securityContext").get("runAsNonRoot"), module);

        Set<String> given = new TreeSet<>();
        for (Map<String, Object> from : (List<Map<String, Object>>) container.get("envFrom")) {
            String cm = (String) map(from, "configMapRef").get("name");
            assertTrue(configMaps.containsKey(cm), module + " reads ConfigMap " + cm);
            given.addAll(configMaps.get(cm).keySet());
        }
        for (Map<String, Object> env : (List<Map<String, Object>>) container.get("env")) {
            given.add((String) env.get("name"));
        }
        Set<String> unread = new TreeSet<>(given);
        unread.removeAll(config.reads());
        unread.remove("JAVA_TOOL_OPTIONS"); // the JVM's own
        assertEquals(Set.of(), unread, module + " is given variables it never reads");
        Set<String> missing = new TreeSet<>(config.requiredInProd());
        missing.removeAll(given);
        assertEquals(Set.of(), missing, module + " lacks variables its prod profile requires");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "native" })
    void everyRenderedObjectValidatesAgainstTheKubernetesSchemas(String overlay) throws Exception {
        Path validator = ServiceConfig.ROOT.resolve("k8s/validate");
        if (!Files.isDirectory(validator.resolve("node_modules"))) {
            assertEquals(0, run(validator, null, "npm", "ci", "--no-audit", "--no-fund").exit());
        }
        Run result = run(validator, Overlays.rendered(overlay), "node", "validate.mjs");
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().lines().allMatch(l -> l.startsWith("valid ")), result.output());
    }

    /**
     * The namespace enforces Pod Security "restricted", and every pod of the overlay meets it (a server would refuse
     * the rest): non-root, seccomp RuntimeDefault, no privilege escalation, every capability dropped; and none mounts
     * an API token it never uses.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "native" })
    @SuppressWarnings("unchecked")
    void everyPodMeetsTheRestrictedPodSecurityStandard(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        Map<String, Object> namespace = objects.stream().filter(o -> "Namespace".equals(o.get("kind"))).findFirst()
                .orElseThrow();
        assertEquals("restricted", map(map(namespace, "metadata"), "labels").get("pod-security.kubernetes.io/enforce"));
        int pods = 0;
        for (Map<String, Object> o : objects) {
            Map<String, Object> pod = podSpec(o);
            if (pod.isEmpty()) {
                continue;
            }
            pods++;
            String name = o.get("kind") + "/" + name(o);
            Map<String, Object> podContext = map(pod, "securityContext");
            assertEquals(true, podContext.get("runAsNonRoot"), name + " runs as non-root");
            assertEquals(false, pod.get("automountServiceAccountToken"), name + " mounts no API token");
            for (Map<String, Object> container : (List<Map<String, Object>>) pod.get("containers")) {
                Map<String, Object> context = map(container, "securityContext");
                String seccomp = (String) map(context, "seccompProfile").getOrDefault("type",
                        map(podContext, "seccompProfile").get("type"));
                assertEquals("RuntimeDefault", seccomp, name + " seccomp");
                assertEquals(false, context.get("allowPrivilegeEscalation"), name + " privilege escalation");
                assertEquals(List.of("ALL"), map(context, "capabilities").get("drop"), name + " capabilities");
                assertTrue(!map(context, "capabilities").containsKey("add"), name + " adds no capability");
            }
        }
        assertTrue(pods >= 8, overlay + ": the services, Redis, the provisioning Job and the backup are checked");
    }

    /** The pod template of a Deployment, StatefulSet, Job or CronJob; empty for anything else. */
    private static Map<String, Object> podSpec(Map<String, Object> o) {
        return switch (String.valueOf(o.get("kind"))) {
            case "Deployment", "StatefulSet", "Job" -> map(map(map(o, "spec"), "template"), "spec");
            case "CronJob" -> map(map(map(map(map(o, "spec"), "jobTemplate"), "spec"), "template"), "spec");
            default -> Map.of();
        };
    }

    /**
     * The HPAs own the services' replicas (no Deployment they scale says how many, or each apply would reset it),
     * two at least in every overlay; each service's replicas spread over nodes, run as its own ServiceAccount, read
     * generated ConfigMaps (a config change rolls them), with a heap in proportion to the memory limit and an
     * OutOfMemoryError ending the JVM; provider keys are optional.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "native" })
    @SuppressWarnings("unchecked")
    void theServicesScaleByTheirAutoscalersAndSpreadOverNodes(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        Set<String> scaled = new TreeSet<>();
        Set<String> accounts = new TreeSet<>();
        for (Map<String, Object> o : objects) {
            if ("HorizontalPodAutoscaler".equals(o.get("kind"))) {
                scaled.add((String) map(map(o, "spec"), "scaleTargetRef").get("name"));
                assertTrue((Integer) map(o, "spec").get("minReplicas") >= 2, name(o) + " keeps two replicas at least");
            }
            if ("ServiceAccount".equals(o.get("kind"))) {
                assertEquals(false, o.get("automountServiceAccountToken"), name(o));
                accounts.add(name(o));
            }
        }
        assertEquals(new TreeSet<>(ServiceConfig.MODULES), scaled);
        Set<String> providerKeys = new TreeSet<>();
        for (Map<String, Object> o : objects) {
            if (!"Deployment".equals(o.get("kind")) || !scaled.contains(name(o))) {
                continue;
            }
            assertTrue(!map(o, "spec").containsKey("replicas"), name(o) + " leaves its replicas to its HPA");
            Map<String, Object> pod = podSpec(o);
            assertTrue(accounts.contains((String) pod.get("serviceAccountName")), name(o) + " has its ServiceAccount");
            Map<String, Object> spread = ((List<Map<String, Object>>) pod.get("topologySpreadConstraints")).get(0);
            assertEquals("kubernetes.io/hostname", spread.get("topologyKey"), name(o));
            assertEquals(name(o), map(map(spread, "labelSelector"), "matchLabels").get("app.kubernetes.io/name"));
            Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
            for (Map<String, Object> from : (List<Map<String, Object>>) container.get("envFrom")) {
                // generated, with a hash of its content in its name: a change of config rolls the pods
                String configMap = (String) map(from, "configMapRef").get("name");
                assertTrue(configMap.matches("(" + name(o) + "|bakery-common)-[a-z0-9]{10}"), name(o) + " " + configMap);
            }
            List<Map<String, Object>> env = (List<Map<String, Object>>) container.get("env");
            String jvm = env.stream().filter(e -> "JAVA_TOOL_OPTIONS".equals(e.get("name")))
                    .map(e -> (String) e.get("value")).findFirst().orElse("");
            assertTrue(jvm.contains("-XX:+ExitOnOutOfMemoryError") && jvm.contains("-XX:MaxRAMPercentage=50"),
                    name(o) + " JAVA_TOOL_OPTIONS " + jvm);
            for (Map<String, Object> e : env) {
                Map<String, Object> ref = map(map(e, "valueFrom"), "secretKeyRef");
                String variable = (String) e.get("name");
                if (variable.endsWith("_API_KEY") || variable.endsWith("_TOKEN")) {
                    assertEquals(true, ref.get("optional"), name(o) + " " + variable + " is a provider's optional key");
                    providerKeys.add(variable);
                }
            }
        }
        assertEquals(new TreeSet<>(Set.of("GEMINI_API_KEY", "INFINITY_PAY_TOKEN", "OPENAI_API_KEY", "SPLUNK_HEC_TOKEN")),
                providerKeys, "every provider's key can be given from the Secret");
    }

    /**
     * Every NetworkPolicy rule is well formed (a YAML indent once left {@code from} empty, which admits everyone,
     * with the peers as unknown fields a strict server refuses), and each service may reach the gateway it fetches
     * the JWKS and its service tokens from.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "native" })
    @SuppressWarnings("unchecked")
    void everyNetworkPolicyRuleNamesItsPeersAndPortsAndTheServicesReachTheGateway(String overlay) throws Exception {
        Set<String> admittedToGateway = new TreeSet<>();
        for (Map<String, Object> o : render(overlay)) {
            if (!"NetworkPolicy".equals(o.get("kind"))) {
                continue;
            }
            String name = name(o);
            List<Map<String, Object>> rules = (List<Map<String, Object>>) map(o, "spec").get("ingress");
            for (Map<String, Object> rule : rules == null ? List.<Map<String, Object>>of() : rules) {
                assertEquals(Set.of("from", "ports"), rule.keySet(), name + " rule " + rule);
                List<Map<String, Object>> peers = (List<Map<String, Object>>) rule.get("from");
                assertTrue(peers != null && !peers.isEmpty(), name + " rule admits everyone: " + rule);
                for (Map<String, Object> peer : peers) {
                    assertTrue(peer.containsKey("podSelector") || peer.containsKey("namespaceSelector"),
                            name + " peer " + peer);
                    if (name.equals("agent-gateway") && peer.containsKey("podSelector")) {
                        admittedToGateway.add((String) map(map(peer, "podSelector"), "matchLabels")
                                .get("app.kubernetes.io/name"));
                    }
                }
                assertTrue(rule.get("ports") instanceof List<?> ports && !ports.isEmpty(), name + " rule " + rule);
            }
        }
        Set<String> services = new TreeSet<>(ServiceConfig.MODULES);
        services.remove("agent-gateway");
        assertEquals(services, admittedToGateway, "services that may call the gateway");
    }

    /**
     * The dev overlay commits no password: create-secrets.sh makes bakery-secrets with every key the overlay's
     * objects read, with random values (never the published dev defaults, and different on each run).
     */
    @org.junit.jupiter.api.Test
    @SuppressWarnings("unchecked")
    void theDevOverlaysSecretIsGeneratedWithRandomPasswordsForEveryKeyItsObjectsRead() throws Exception {
        Set<String> read = new TreeSet<>();
        collectSecretKeys(render("dev"), "bakery-secrets", read);
        Map<String, Object> first = map(secretOf(createSecrets()), "data");
        Map<String, Object> second = map(secretOf(createSecrets()), "data");
        assertEquals(Set.of(), difference(read, first.keySet()), "keys read but not generated");
        for (String key : read) {
            if (key.endsWith("-password") || key.endsWith("-secret") || key.endsWith("-key")) {
                String value = new String(java.util.Base64.getDecoder().decode((String) first.get(key)),
                        StandardCharsets.UTF_8);
                assertTrue(value.matches("[0-9a-f]{48}"), key + " is random: " + value.length() + " hex digits");
                assertTrue(!first.get(key).equals(second.get(key)), key + " differs between runs");
            }
        }
        String kustomization = Files.readString(ServiceConfig.ROOT.resolve("k8s/overlays/dev/kustomization.yaml"));
        assertTrue(!kustomization.contains("_dev") && !kustomization.contains("literals"), "no committed passwords");
    }

    private static final List<String> SERVICES = List.of("inventory", "sales", "payments", "classifier", "gateway");
    private static final Path PROVISIONING = ServiceConfig.ROOT.resolve("k8s/base/provisioning");

    /**
     * Every overlay's provisioning Job runs the SQL that scripts/provision-db.sh runs (k8s/base/provisioning, put in a
     * generated ConfigMap, never a copy), and its own command provisions a database through a superuser URL (TCP, a
     * password), twice over: each service then signs in with its password into its own schema and no other's.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theProvisioningJobProvisionsADatabaseThroughASuperuserUrl() throws Exception {
        String script = null;
        for (String overlay : List.of("dev", "prod", "native")) {
            String configMap = null;
            for (Map<String, Object> object : render(overlay)) {
                String name = name(object);
                if ("ConfigMap".equals(object.get("kind")) && name.startsWith("provisioning-sql-")) {
                    for (String file : List.of("roles-and-schemas.sql", "audit-schema.sql")) {
                        assertEquals(Files.readString(PROVISIONING.resolve(file)), map(object, "data").get(file), file);
                    }
                    configMap = name;
                }
                if ("Job".equals(object.get("kind")) && "postgres-provision".equals(name)) {
                    Map<String, Object> pod = map(map(map(object, "spec"), "template"), "spec");
                    assertTrue(new Yaml().dump(pod.get("volumes")).contains(configMap == null ? "?" : configMap),
                            overlay + ": the Job mounts the generated ConfigMap");
                    var command = (List<String>) ((List<Map<String, Object>>) pod.get("containers")).get(0).get("command");
                    script = command.get(command.size() - 1);
                }
            }
            assertTrue(configMap != null && script != null, overlay + " renders the ConfigMap and the Job");
        }
        String database = "bakery_scratch_provision_job";
        String local = jobScript(script);
        withSuperuserUrl(database, url -> {
            Map<String, String> env = jobEnv(url);
            Superuser.run(env, "bash", "-c", local);
            Superuser.run(env, "bash", "-c", local); // idempotent
            assertEquals("audit:bakery_audit classifier:bakery_classifier gateway:bakery_gateway "
                    + "inventory:bakery_inventory payments:bakery_payments sales:bakery_sales", Superuser.sql(database,
                            "SELECT string_agg(n.nspname || ':' || r.rolname, ' ' ORDER BY n.nspname) FROM pg_namespace "
                                    + "n JOIN pg_roles r ON r.oid = n.nspowner WHERE n.nspname IN ('inventory', "
                                    + "'sales', 'payments', 'classifier', 'gateway', 'audit')").strip());
            for (String service : SERVICES) {
                String own = Superuser.run(Map.of(), "psql", "-X", "-qAt", "-d", "postgresql://bakery_" + service
                        + ":" + password(service) + "@127.0.0.1:5432/" + database, "-c", "SELECT current_schema() || "
                        + "' ' || has_schema_privilege('" + (service.equals("sales") ? "inventory" : "sales")
                        + "', 'USAGE')");
                assertEquals(service + " false", own.strip(), "bakery_" + service + " signs in to its schema only");
            }
        });
    }

    /** A password left unset or empty (which would lock a service out) stops the SQL before it changes anything. */
    @Test
    void aMissingOrEmptyPasswordChangesNothing() throws Exception {
        String database = "bakery_scratch_provision_refused";
        withSuperuserUrl(database, url -> {
            String before = Superuser.sql("postgres", "SELECT string_agg(rolname || rolpassword, ',' ORDER BY rolname) "
                    + "FROM pg_authid WHERE rolname LIKE 'bakery\\_%'");
            Map<String, String> env = new java.util.HashMap<>(jobEnv(url));
            env.put("SALES_DATABASE_PASSWORD", "");
            IllegalStateException empty = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> Superuser.run(env, "bash", "-c", jobScript(script("prod"))));
            assertTrue(empty.getMessage().contains("a service password is empty; nothing was changed"),
                    empty.getMessage());
            IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> Superuser.run(Map.of(), "psql", "-X", "-qAt", "-d", url, "-v", "inventory_password=x",
                            "-f", PROVISIONING.resolve("roles-and-schemas.sql").toString()));
            assertTrue(missing.getMessage().contains("psql variable gateway_password is not set"), missing.getMessage());
            assertEquals(before, Superuser.sql("postgres", "SELECT string_agg(rolname || rolpassword, ',' ORDER BY "
                    + "rolname) FROM pg_authid WHERE rolname LIKE 'bakery\\_%'"));
            assertEquals("", Superuser.sql(database, "SELECT nspname FROM pg_namespace WHERE nspname IN ('inventory', "
                    + "'sales', 'payments', 'classifier', 'gateway', 'audit')").strip(), "no schema was made");
        });
    }

    private interface UrlTest {
        void run(String superuserUrl) throws Exception;
    }

    /** A scratch database and a superuser that signs in with a password over TCP, as on a managed server. */
    private static void withSuperuserUrl(String database, UrlTest test) throws Exception {
        String role = "bakery_job_super";
        String password = "job-super-" + java.util.UUID.randomUUID();
        Superuser.sql("postgres", "DROP ROLE IF EXISTS " + role + "; CREATE ROLE " + role + " SUPERUSER LOGIN PASSWORD '"
                + password + "'");
        Superuser.run(Map.of(), "bash", "-c", "source scripts/lib.sh && psql_super -d postgres -c 'DROP DATABASE IF "
                + "EXISTS " + database + " WITH (FORCE)' -c 'CREATE DATABASE " + database + "'");
        try {
            test.run("postgresql://" + role + ":" + password + "@127.0.0.1:5432/" + database);
        } finally {
            Superuser.run(Map.of(), "bash", "-c", "source scripts/lib.sh && psql_super -d postgres -c 'DROP DATABASE IF "
                    + "EXISTS " + database + " WITH (FORCE)' -c 'DROP ROLE IF EXISTS " + role + "'");
        }
    }

    /**
     * The Job's environment: the URL, and the services' passwords this machine's services use (roles are the
     * server's, not the database's: other passwords would lock out the suite running beside this test).
     */
    private static Map<String, String> jobEnv(String url) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("PG_SUPERUSER_URL", url, "AUDIT_MIN_RETENTION_DAYS", "90"));
        SERVICES.forEach(s -> env.put(s.toUpperCase() + "_DATABASE_PASSWORD", password(s)));
        return env;
    }

    private static String password(String service) {
        return System.getenv().getOrDefault(service.toUpperCase() + "_DATABASE_PASSWORD", "bakery_" + service + "_dev");
    }

    /** The Job's command with the ConfigMap's mount replaced by the files it is generated from. */
    private static String jobScript(String script) {
        return script.replace("/provision/", PROVISIONING + "/");
    }

    @SuppressWarnings("unchecked")
    private static String script(String overlay) throws Exception {
        for (Map<String, Object> object : render(overlay)) {
            if ("Job".equals(object.get("kind")) && "postgres-provision".equals(name(object))) {
                Map<String, Object> pod = map(map(map(object, "spec"), "template"), "spec");
                var command = (List<String>) ((List<Map<String, Object>>) pod.get("containers")).get(0).get("command");
                return command.get(command.size() - 1);
            }
        }
        throw new AssertionError("no provisioning Job in " + overlay);
    }

    private static String createSecrets() throws Exception {
        Run run = run(ServiceConfig.ROOT, null, "bash", "k8s/overlays/dev/create-secrets.sh", "--print");
        assertEquals(0, run.exit(), run.output());
        return run.output();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> secretOf(String yaml) {
        return (Map<String, Object>) new Yaml().load(yaml);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static void collectSecretKeys(Object node, String secret, Set<String> keys) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("secretKeyRef") instanceof Map<?, ?> ref && secret.equals(ref.get("name"))
                    && !Boolean.TRUE.equals(ref.get("optional"))) { // a provider's key: the operator adds it or not
                keys.add((String) ref.get("key"));
            }
            map.values().forEach(v -> collectSecretKeys(v, secret, keys));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectSecretKeys(item, secret, keys));
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path dir, String stdin, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " finished");
        return new Run(process.exitValue(), output);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> render(String overlay) throws IOException, InterruptedException {
        String output = Overlays.rendered(overlay);
        List<Map<String, Object>> objects = new ArrayList<>();
        new Yaml().loadAll(output).forEach(o -> objects.add((Map<String, Object>) o));
        return objects;
    }

    private static String name(Map<String, Object> o) {
        return (String) map(o, "metadata").get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> o, String key) {
        Object value = o.get(key);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
