package com.bakery.common.info;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Name, version and the git commit a service was built from (git.properties is written at build time). */
@ApplicationScoped
public class BuildInfo {

    private final String service;
    private final String version;
    private final String gitSha;

    public BuildInfo(@ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "quarkus.application.version") String version) {
        this.service = service;
        this.version = version;
        this.gitSha = readGitSha();
    }

    public String service() {
        return service;
    }

    public String version() {
        return version;
    }

    public String gitSha() {
        return gitSha;
    }

    private static String readGitSha() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("git.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties git = new Properties();
            git.load(in);
            return git.getProperty("git.commit.id.abbrev", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
