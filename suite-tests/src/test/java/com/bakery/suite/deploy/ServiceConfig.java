package com.bakery.suite.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's configuration says: the environment variables it reads (its application.properties, and the
 * settings every service shares in common's microprofile-config.properties), the ones prod requires.
 */
record ServiceConfig(String module, String imageName, Set<String> reads, Set<String> requiredInProd,
        int managementPort) {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final java.util.List<String> MODULES = java.util.List.of("agent-gateway", "inventory-service",
            "sales-service", "payments-service", "classifier-service");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:)?");
    private static final Pattern IMAGE_NAME = Pattern.compile("(?m)^quarkus\\.container-image\\.name=(.+)$");
    private static final Pattern MANAGEMENT_PORT = Pattern.compile(
            "(?m)^quarkus\\.management\\.port=\\$\\{MANAGEMENT_PORT:(\\d+)}$");
    private static final Pattern ARTIFACT_ID = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");

    static ServiceConfig of(String module) {
        String properties = read(module, "src/main/resources/application.properties") + "\n"
                + read("common", "src/main/resources/META-INF/microprofile-config.properties");
        Set<String> reads = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (String line : properties.split("\n")) {
            Matcher m = VARIABLE.matcher(line);
            while (m.find()) {
                reads.add(m.group(1));
                if (line.startsWith("%prod.") && m.group(2) == null) {
                    required.add(m.group(1));
                }
            }
        }
        Matcher management = MANAGEMENT_PORT.matcher(properties);
        if (!management.find()) {
            throw new IllegalStateException(module + " sets no quarkus.management.port=${MANAGEMENT_PORT:<port>}");
        }
        return new ServiceConfig(module, imageName(module, properties), reads, required,
                Integer.parseInt(management.group(1)));
    }

    /** Jib names the image after the artifact (the root pom sets the group and tag) unless the service overrides it. */
    private static String imageName(String module, String properties) {
        Matcher override = IMAGE_NAME.matcher(properties);
        if (override.find()) {
            return override.group(1).strip();
        }
        Matcher artifact = ARTIFACT_ID.matcher(read(module, "pom.xml"));
        if (!artifact.find()) {
            throw new IllegalStateException(module + "/pom.xml names no artifactId after its parent");
        }
        return artifact.group(1).strip();
    }

    private static String read(String module, String file) {
        try {
            return Files.readString(ROOT.resolve(module).resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
