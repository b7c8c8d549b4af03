package com.bakery.suite;

import com.bakery.simulators.gemini.GeminiSimulator;
import com.bakery.simulators.infinitepay.InfinitePaySimulator;
import com.bakery.simulators.otlp.OtlpReceiver;
import com.bakery.testing.ServiceProcess;
import com.bakery.testing.TestKeys;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite, once per test run: the gateway and the four services from their packaged jars, each its own
 * process on a free port (as {@code ./bakery up} runs them, dev profile), with the test signing key, a Redis of its
 * own and the InfinitePay simulator in this JVM. Tests talk to the gateway only; rest-assured points at it. Fault
 * tests may kill a service and start it again, or stop the Redis, through the static methods here.
 */
public final class Suite implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static Suite running;

    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new HashMap<>();
    private final RedisServer redis;
    private final InfinitePaySimulator simulator;
    private final OtlpReceiver traces;
    private final String gatewayUrl;
    private final Map<String, String> services;
    private GeminiSimulator gemini;
    private ServiceProcess geminiGateway;

    private Suite(RedisServer redis, InfinitePaySimulator simulator, OtlpReceiver traces, String gatewayUrl,
            Map<String, String> services) {
        this.redis = redis;
        this.simulator = simulator;
        this.traces = traces;
        this.gatewayUrl = gatewayUrl;
        this.services = services;
    }

    public Suite() {
        this(null, null, null, null, Map.of());
    }

    public static final String GEMINI_KEY = "gemini-suite-key";

    /**
     * The suite's tests all come from 127.0.0.1 and ask the assistant and the admin endpoints far more often than a
     * shop does: the gateway's limits of anonymous requests and of its own endpoints are lifted, as RATE_LIMIT is.
     */
    private static final Map<String, String> UNLIMITED_EDGE = Map.ofEntries(
            Map.entry("ANONYMOUS_RATE_LIMIT", "100000"), Map.entry("ANONYMOUS_RATE_LIMIT_BURST", "10000"),
            Map.entry("ASSISTANT_RATE_LIMIT", "100000"), Map.entry("ASSISTANT_RATE_LIMIT_BURST", "10000"),
            Map.entry("ADMIN_RATE_LIMIT", "100000"), Map.entry("ADMIN_RATE_LIMIT_BURST", "10000"),
            Map.entry("AUDIT_VERIFY_RATE_LIMIT", "100000"), Map.entry("AUDIT_VERIFY_RATE_LIMIT_BURST", "10000"),
            Map.entry("HEALTHZ_RATE_LIMIT", "100000"), Map.entry("HEALTHZ_RATE_LIMIT_BURST", "10000"),
            Map.entry("LOGIN_FAILURES_PER_IP_PER_MINUTE", "100000"), Map.entry("LOGIN_FAILURES_PER_IP_BURST", "10000"));

    /**
     * A second gateway (a replica on the same database and Redis) whose assistant uses Gemini: the simulator of
     * that API in this JVM, a 1 s read timeout, and small limits (5 turns, 1,000 tokens) so tests reach them.
     */
    public static synchronized String geminiGatewayUrl() {
        if (running.geminiGateway == null) {
            running.gemini = new GeminiSimulator(GEMINI_KEY);
            String url = running.gemini.start(0);
            Map<String, String> more = new HashMap<>(Map.of(
                    "JWT_PRIVATE_KEY_LOCATION", TestKeys.privateKey("signing").toString(),
                    "JWT_PUBLIC_KEY_LOCATION", TestKeys.publicKey("signing").toString(),
                    "RATE_LIMIT", "100000", "RATE_LIMIT_BURST", "10000", "ASSISTANT_PROVIDER", "gemini",
                    "GEMINI_API_KEY", GEMINI_KEY, "GEMINI_BASE_URL", url, "GEMINI_READ_TIMEOUT_MS", "1000"));
            more.putAll(UNLIMITED_EDGE);
            more.put("ASSISTANT_MAX_TOKENS", "1000");
            more.put("GEMINI_CIRCUIT_VOLUME", "1000"); // the tests fail it on purpose, one case at a time
            running.geminiGateway = ServiceProcess.start("agent-gateway", ServiceProcess.freePort(),
                    env("gateway", running.services, more)).awaitReady(Duration.ofSeconds(180));
        }
        return running.geminiGateway.url();
    }

    public static GeminiSimulator gemini() {
        return running.gemini;
    }

    /** The InfinitePay simulator the suite's payments-service calls (its {@code /__sim} API plays the buyer). */
    public static String infinitePayUrl() {
        return running.simulator.baseUrl();
    }

    /** The spans every process of the suite exported (OTLP over HTTP, to a receiver in this JVM). */
    public static OtlpReceiver traces() {
        return running.traces;
    }

    public static String gatewayUrl() {
        return running.gatewayUrl;
    }

    /** Where {@code module} itself listens (the API is reached through the gateway). */
    public static String url(String module) {
        synchronized (running) {
            return running.processes.get(module).url();
        }
    }

    /** {@code module}'s management interface: health, metrics. */
    public static String managementUrl(String module) {
        synchronized (running) {
            return running.processes.get(module).managementUrl();
        }
    }

    /** The Redis every process of the suite uses. */
    public static RedisServer redis() {
        return running.redis;
    }

    /** The gateway's jar run as an operator's command ({@code tenant create ...}) with the suite gateway's env. */
    public static ServiceProcess.CommandResult gatewayCommand(String... args) {
        return gatewayCommand(Map.of(), args);
    }

    /** As {@link #gatewayCommand(String...)}, with {@code more} variables set (or overriding the gateway's). */
    public static ServiceProcess.CommandResult gatewayCommand(Map<String, String> more, String... args) {
        Map<String, String> env = new HashMap<>(running.environments.get("agent-gateway"));
        env.putAll(more);
        return ServiceProcess.run("agent-gateway", env, Duration.ofSeconds(120), args);
    }

    /** Kills {@code module} (SIGKILL: no shutdown, requests in flight cut), as a crash would. */
    public static void kill(String module) {
        synchronized (running) {
            running.processes.get(module).kill();
        }
    }

    /** Starts {@code module} again on its port with its environment, and waits until it is ready. */
    public static void restart(String module) {
        synchronized (running) {
            ServiceProcess old = running.processes.get(module);
            if (old.isRunning()) {
                old.close();
            }
            running.processes.put(module, ServiceProcess.start(module, old.port(), running.environments.get(module))
                    .awaitReady(Duration.ofSeconds(180)));
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (Suite.class) {
            if (running == null) {
                running = start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Suite.class.getName(), running);
            }
        }
        RestAssured.baseURI = running.gatewayUrl;
        RestAssured.port = -1;
    }

    private static Suite start() {
        RedisServer redis = new RedisServer().start();
        InfinitePaySimulator simulator = new InfinitePaySimulator();
        String simulatorUrl = simulator.start(0);
        OtlpReceiver traces = new OtlpReceiver();
        String tracesUrl = traces.start(0);
        Map<String, Integer> ports = new HashMap<>();
        for (String s : List.of("gateway", "inventory", "sales", "payments", "classifier")) {
            ports.put(s, ServiceProcess.freePort());
        }
        Map<String, String> urls = new HashMap<>();
        ports.forEach((s, port) -> urls.put(s, "http://127.0.0.1:" + port));
        Map<String, String> services = new HashMap<>(Map.of("INVENTORY_URL", urls.get("inventory"),
                "SALES_URL", urls.get("sales"), "PAYMENTS_URL", urls.get("payments"),
                "CLASSIFIER_URL", urls.get("classifier"), "GATEWAY_URL", urls.get("gateway"), "REDIS_URL", redis.url()));
        // every process exports its spans, each batch within 200 ms
        services.put("OTEL_EXPORTER_OTLP_ENDPOINT", tracesUrl);
        services.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        // and logs as production writes them, JSON lines (SuiteLogs reads them)
        services.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        // each service's management interface (health, metrics) on a port of its own, named to the gateway
        Map<String, Integer> management = new HashMap<>();
        for (String s : ports.keySet()) {
            management.put(s, ServiceProcess.freePort());
            services.put(s.toUpperCase() + "_MANAGEMENT_URL", "http://127.0.0.1:" + management.get(s));
        }
        Suite suite = new Suite(redis, simulator, traces, urls.get("gateway"), services);
        try {
            Map<String, String> gateway = new HashMap<>(UNLIMITED_EDGE);
            gateway.putAll(Map.of("JWT_PRIVATE_KEY_LOCATION", TestKeys.privateKey("signing").toString(),
                    "JWT_PUBLIC_KEY_LOCATION", TestKeys.publicKey("signing").toString(),
                    "RATE_LIMIT", "100000", "RATE_LIMIT_BURST", "10000"));
            suite.add("agent-gateway", ports.get("gateway"), management.get("gateway"), env("gateway", services, gateway));
            suite.add("inventory-service", ports.get("inventory"), management.get("inventory"),
                    env("inventory", services, Map.of()));
            suite.add("payments-service", ports.get("payments"), management.get("payments"), env("payments", services, Map.of(
                    "INFINITY_PAY_URL", simulatorUrl, "PUBLIC_URL", urls.get("gateway"), "OUTBOX_RELAY_EVERY", "200ms",
                    // card payments a fault left without their link (made, not recorded) end within 20 s, not 40
                    "PAYMENT_LINK_GRACE", "15s", "PAYMENT_RECONCILE_EVERY", "2s")));
            // sales left unfinished (a crash, a restart of the database) are taken up after 12 s, not 30: still
            // longer than a checkout can take (payments waits 5 s for the provider, sales 10 s for payments)
            suite.add("sales-service", ports.get("sales"), management.get("sales"), env("sales", services, Map.of(
                    "SALE_RECOVER_AFTER", "12s", "SALE_RECOVER_EVERY", "1s")));
            suite.add("classifier-service", ports.get("classifier"), management.get("classifier"),
                    env("classifier", services, Map.of()));
            CompletableFuture.allOf(suite.processes.values().stream()
                    .map(p -> CompletableFuture.runAsync(() -> p.awaitReady(Duration.ofSeconds(180))))
                    .toArray(CompletableFuture[]::new)).join();
            return suite;
        } catch (RuntimeException e) {
            suite.close(); // nothing of a suite that could not start is left running
            throw e;
        }
    }

    /** Starts {@code module}; its management port stays the same when it is started again. */
    private void add(String module, int port, int managementPort, Map<String, String> env) {
        Map<String, String> withManagement = new HashMap<>(env);
        withManagement.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        environments.put(module, withManagement);
        processes.put(module, ServiceProcess.start(module, port, withManagement));
    }

    private static Map<String, String> env(String service, Map<String, String> services, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(services);
        env.putAll(more);
        env.put("DATABASE_USER", "bakery_" + service);
        env.put("DATABASE_PASSWORD", System.getenv().getOrDefault(service.toUpperCase() + "_DATABASE_PASSWORD",
                "bakery_" + service + "_dev"));
        env.put("JWT_JWKS_URL", TestKeys.publicKey("signing").toString());
        return env;
    }

    @Override
    public void close() {
        if (geminiGateway != null) {
            geminiGateway.close();
            gemini.close();
        }
        // the reverse of the start: sales stops before the payments and inventory it calls
        List<ServiceProcess> started = new ArrayList<>(processes.values());
        Collections.reverse(started);
        started.forEach(ServiceProcess::close);
        if (simulator != null) {
            simulator.close();
        }
        if (traces != null) {
            traces.close();
        }
        if (redis != null) {
            redis.close();
        }
    }
}
