package com.bakery.gateway.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.testing.Management;
import com.bakery.testing.Superuser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * DATABASE_URL in the libpq form the seeds and hosting platforms use (common's DatabaseUrl): the service starts on it,
 * signing in with the user and password the URL carries.
 */
@QuarkusTest
@TestProfile(LibpqDatabaseUrlTest.LibpqUrl.class)
class LibpqDatabaseUrlTest {

    public static class LibpqUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String password = System.getenv().getOrDefault("GATEWAY_DATABASE_PASSWORD",
                    System.getenv().getOrDefault("DATABASE_PASSWORD", "bakery_gateway_dev"));
            return Map.of("DATABASE_URL", "postgresql://bakery_gateway:" + password + "@127.0.0.1:5432/"
                    + Superuser.testDatabase() + "?ApplicationName=libpq-url-test");
        }
    }

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    Database db;

    @Test
    void theServiceRunsOnALibpqUrl() {
        assertEquals("jdbc:postgresql://127.0.0.1:5432/" + Superuser.testDatabase() + "?ApplicationName=libpq-url-test",
                jdbcUrl);
        assertEquals("bakery_gateway libpq-url-test", db.first("SELECT current_user || ' ' || "
                + "current_setting('application_name')", rs -> rs.getString(1)).orElseThrow());
        Management.given().get("/q/health/ready").then().statusCode(200);
    }
}
