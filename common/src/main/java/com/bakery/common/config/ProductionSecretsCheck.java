package com.bakery.common.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses a start in the prod profile with a published development secret or a Redis without a password (see
 * {@link PublishedSecrets}). Checked on the runtime profile, not the build's: the packaged jar is built as prod
 * and also runs the test profile in the integration tests.
 */
@ApplicationScoped
public class ProductionSecretsCheck {

    void onStart(@Observes StartupEvent event, Config config) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> problems = PublishedSecrets.problems(config.getPropertyNames(),
                name -> valueOf(config, name));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in the prod profile: " + String.join("; ", problems)
                    + ". Set real secrets in the environment (see docs/security.md).");
        }
    }

    /** A property whose expression cannot be expanded holds no secret of ours: Quarkus reports it on its own. */
    private static Optional<String> valueOf(Config config, String name) {
        try {
            return config.getOptionalValue(name, String.class);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
