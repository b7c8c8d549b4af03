package com.bakery.suite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, checked against the services themselves (no Docker engine runs here): each service's image
 * is its Jib image, every variable it is given is one it reads, every variable prod requires is given, it is
 * health-checked on its own port, it waits for provisioning and Redis, and only the gateway is published.
 */
class ComposeFileTest {

    static final List<String> MODULES = ServiceConfig.MODULES;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose(String file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        return new Yaml(options).load(Files.readString(ServiceConfig.ROOT.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose("docker-compose.yml").get("services");
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        assertNotNull(service, name + " is in docker-compose.yml");
        return service;
    }

    @ParameterizedTest
    @FieldSource("MODULES")
    @SuppressWarnings("unchecked")
    void eachServiceRunsItsOwnImageWithOnlyTheVariablesItReads(String module) throws IOException {
        ServiceConfig config = ServiceConfig.of(module);
        Map<String, Object> service = service(module);
        String image = (String) service.get("image");
        assertTrue(image.matches("\\$\\{BAKERY_REGISTRY:-[^}]+}/bakery/" + config.imageName() + ":\\$\\{BAKERY_TAG:-[^}]+}"),
                module + " image " + image);

        Map<String, Object> env = (Map<String, Object>) service.get("environment");
        Set<String> unread = new TreeSet<>(env.keySet());
        unread.removeAll(config.reads());
        assertEquals(Set.of(), unread, module + " is given variables it never reads");
        Set<String> missing = new TreeSet<>(config.requiredInProd());
        missing.removeAll(env.keySet());
        assertEquals(Set.of(), missing, module + " lacks variables its prod profile requires");

        // health is on the management interface: the port the service's config gives it, unless compose sets one
        String port = String.valueOf(env.getOrDefault("MANAGEMENT_PORT", config.managementPort()));
        List<String> test = (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test");
        String probe = String.join(" ", test);
        assertTrue(probe.contains("/dev/tcp/127.0.0.1/" + port + " ") && probe.contains("/q/health/ready"), probe);

        Map<String, Object> dependsOn = (Map<String, Object>) service.get("depends_on");
        assertEquals("service_completed_successfully",
                ((Map<String, Object>) dependsOn.get("provision")).get("condition"));
        assertEquals("service_healthy", ((Map<String, Object>) dependsOn.get("redis")).get("condition"));
        assertEquals(module.equals("agent-gateway"), service.containsKey("ports"), "only the gateway is published");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNativeOverrideOnlySwapsImages() throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose("docker-compose.native.yml").get("services");
        assertEquals(new TreeSet<>(MODULES), new TreeSet<>(services.keySet()));
        services.forEach((name, s) -> {
            Map<String, Object> service = (Map<String, Object>) s;
            assertEquals(Set.of("image"), service.keySet());
            assertTrue(((String) service.get("image")).endsWith("-native"), name);
        });
    }

    @Test
    void everyVariableTheComposeFilesUseIsDocumentedInEnvExample() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
        for (String file : List.of("docker-compose.yml", "docker-compose.native.yml", "docker-compose.simulator.yml")) {
            Matcher m = variable.matcher(Files.readString(ServiceConfig.ROOT.resolve(file)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(ServiceConfig.ROOT.resolve(".env.example"))) {
            if (line.matches("[A-Z][A-Z0-9_]*=.*")) {
                documented.add(line.substring(0, line.indexOf('=')));
            }
        }
        for (String file : List.of("docker-compose.yml", "docker-compose.native.yml", "docker-compose.simulator.yml")) {
            // podman-compose 1.0.3 leaves ${VAR:-} as it is (its default must not be empty): write ${VAR}
            assertTrue(!Files.readString(ServiceConfig.ROOT.resolve(file)).matches("(?s).*\\$\\{[A-Z0-9_]+:?-}.*"),
                    file + " has an empty default");
        }
        Set<String> undocumented = new TreeSet<>(used);
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented);
        assertTrue(Files.readString(ServiceConfig.ROOT.resolve(".gitignore")).lines().anyMatch(".env"::equals),
                ".env is git-ignored");
    }
}
