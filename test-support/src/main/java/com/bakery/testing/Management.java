package com.bakery.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The management interface of the service under test ({@code @QuarkusTest} or {@code @QuarkusIntegrationTest}):
 * health, metrics and OpenAPI, on the module's own fixed test port ({@code quarkus.management.test-port}).
 */
public final class Management {

    private Management() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** A request to the management interface. */
    public static RequestSpecification given() {
        return RestAssured.given().baseUri("http://localhost").port(port());
    }
}
