package com.bakery.sales;

import com.bakery.simulators.infinitepay.InfinitePaySimulator;
import com.bakery.testing.ServiceProcess;
import com.bakery.testing.TestKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The rest of the suite for the saga's tests: the real gateway (client credentials), inventory-service and
 * payments-service from their packaged jars, each its own process on a free port, signing and verifying with
 * the test keys; payments talks to the InfinitePay simulator running in this JVM. Payment events go to a
 * stream of this run only.
 */
public class SuiteTestResource implements QuarkusTestResourceLifecycleManager {

    private static InfinitePaySimulator simulator;
    private static ServiceProcess gateway;
    private static ServiceProcess inventory;
    private static ServiceProcess payments;
    private static Map<String, String> paymentsEnv;
    private static int paymentsPort;
    private static int inventoryPort;

    public static InfinitePaySimulator simulator() {
        return simulator;
    }

    public static String gatewayUrl() {
        return gateway.url();
    }

    public static String inventoryUrl() {
        return inventory.url();
    }

    public static String paymentsUrl() {
        return payments.url();
    }

    /** Stops payments-service, as an outage would. */
    public static void stopPayments() {
        payments.close();
    }

    public static void startPayments() {
        payments = ServiceProcess.start("payments-service", paymentsPort, paymentsEnv)
                .awaitReady(Duration.ofSeconds(90));
    }

    /** Stops inventory-service, as an outage would. */
    public static void stopInventory() {
        inventory.close();
    }

    public static void startInventory() {
        inventory = ServiceProcess.start("inventory-service", inventoryPort, env("inventory", Map.of()))
                .awaitReady(Duration.ofSeconds(90));
    }

    private static Map<String, String> env(String service, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("DATABASE_USER", "bakery_" + service);
        env.put("DATABASE_PASSWORD", System.getenv().getOrDefault(service.toUpperCase() + "_DATABASE_PASSWORD",
                "bakery_" + service + "_dev"));
        env.put("JWT_JWKS_URL", TestKeys.publicKey("signing").toString());
        return env;
    }

    @Override
    public Map<String, String> start() {
        simulator = new InfinitePaySimulator();
        String simulatorUrl = simulator.start(0);
        String stream = "bakery.payments.events.test-" + UUID.randomUUID();
        int gatewayPort = ServiceProcess.freePort();
        inventoryPort = ServiceProcess.freePort();
        paymentsPort = ServiceProcess.freePort();
        paymentsEnv = env("payments", Map.of("INFINITY_PAY_URL", simulatorUrl,
                "PUBLIC_URL", "http://127.0.0.1:" + paymentsPort, "PAYMENTS_EVENTS_STREAM", stream,
                "OUTBOX_RELAY_EVERY", "200ms",
                "INFINITY_PAY_READ_TIMEOUT_MS", "1000"));
        gateway = ServiceProcess.start("agent-gateway", gatewayPort, env("gateway", Map.of(
                "JWT_PRIVATE_KEY_LOCATION", TestKeys.privateKey("signing").toString(),
                "JWT_PUBLIC_KEY_LOCATION", TestKeys.publicKey("signing").toString(),
                "INVENTORY_URL", "http://127.0.0.1:" + inventoryPort,
                "PAYMENTS_URL", "http://127.0.0.1:" + paymentsPort)));
        inventory = ServiceProcess.start("inventory-service", inventoryPort, env("inventory", Map.of()));
        payments = ServiceProcess.start("payments-service", paymentsPort, paymentsEnv);
        CompletableFuture.allOf(List.of(gateway, inventory, payments).stream()
                .map(p -> CompletableFuture.runAsync(() -> p.awaitReady(Duration.ofSeconds(120))))
                .toArray(CompletableFuture[]::new)).join();
        return Map.of(
                "quarkus.rest-client.gateway.url", gateway.url(),
                "quarkus.rest-client.inventory.url", inventory.url(),
                "quarkus.rest-client.payments.url", payments.url(),
                "sales.payment-events.stream", stream);
    }

    @Override
    public void stop() {
        for (AutoCloseable c : new AutoCloseable[] { payments, inventory, gateway, simulator }) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort: the next resource still stops
            }
        }
    }
}
