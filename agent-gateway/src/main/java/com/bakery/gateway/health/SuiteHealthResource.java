package com.bakery.gateway.health;

import com.bakery.common.info.BuildInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Seed 004's {@code /healthz}: the whole suite in one answer (the gateway's own readiness and every routed
 * service's), with version and git sha. 200 when everything is UP, 503 otherwise, so a load balancer can use it.
 */
@Path("/healthz")
@PermitAll
public class SuiteHealthResource {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** A service's state only: its internal address is not for the internet (operators read it in config). */
    public record ServiceHealth(String status) {
    }

    public record SuiteHealth(String status, String version, String gitSha, Map<String, ServiceHealth> services) {
    }

    private final SuiteHealthConfig config;
    private final BuildInfo build;
    private final SmallRyeHealthReporter reporter;
    private final HttpClient http;

    public SuiteHealthResource(SuiteHealthConfig config, BuildInfo build, SmallRyeHealthReporter reporter) {
        this.config = config;
        this.build = build;
        this.reporter = reporter;
        this.http = HttpClient.newBuilder().connectTimeout(config.healthTimeout()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, CompletableFuture<ServiceHealth>> checks = new TreeMap<>();
        config.services().keySet().forEach(name -> checks.put(name, readiness(config.management().get(name))));
        Map<String, ServiceHealth> services = new LinkedHashMap<>();
        String own = reporter.getReadiness().isDown() ? "DOWN" : "UP";
        services.put("gateway", new ServiceHealth(own));
        checks.forEach((name, check) -> services.put(name, check.join()));
        boolean allUp = services.values().stream().allMatch(s -> "UP".equals(s.status()));
        SuiteHealth body = new SuiteHealth(allUp ? "UP" : "DOWN", build.version(), build.gitSha(), services);
        return Response.status(allUp ? 200 : 503).entity(body).build();
    }

    /** A service's readiness, from its management interface (none configured: reported UNREACHABLE). */
    private CompletableFuture<ServiceHealth> readiness(URI url) {
        if (url == null) {
            return CompletableFuture.completedFuture(new ServiceHealth("UNREACHABLE"));
        }
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/q/health/ready"))
                .timeout(config.healthTimeout()).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> new ServiceHealth(r.statusCode() == 200 ? "UP" : "DOWN"))
                .exceptionally(e -> new ServiceHealth("UNREACHABLE"));
    }
}
