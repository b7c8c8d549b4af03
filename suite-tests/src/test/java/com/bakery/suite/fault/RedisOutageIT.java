package com.bakery.suite.fault;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Redis stops under load and comes back. The gateway's configured policy is fail-open: it keeps serving under
 * per-replica limits in memory, says so in its readiness, and shares its limits through Redis again once Redis
 * answers. Payment events queue in payments' outbox meanwhile, so a card paid during the outage still completes.
 */
@ExtendWith(Suite.class)
class RedisOutageIT {

    @Test
    void theGatewayServesWhileRedisIsDownAndUsesItAgainWhenBack() throws Exception {
        Bakery bakery = Bakery.fresh("redis-down");
        Till till = new Till(bakery);
        long roll = till.stockedProduct("Roll", "BRL", 3);
        Till.Sale card;
        try (Load readers = Load.start(3, () -> bakery.as("cashier").get("/api/inventory/products/" + roll)
                .statusCode());
                Load cashier = Load.start(1, () -> till.cash(roll, 1).status())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> readers.count("before") >= 50);
            assertEquals("redis (shared by replicas)", rateLimits().get("limits"));

            readers.phase("redis down");
            cashier.phase("redis down");
            Suite.redis().stop();
            await().atMost(Duration.ofSeconds(10)).until(() -> "unreachable".equals(rateLimits().get("redis")));
            assertEquals("in-memory fallback (per replica)", rateLimits().get("limits"));
            for (String module : new String[] { "inventory-service", "sales-service", "payments-service" }) {
                // their events wait in the outbox: Redis' outage keeps no service out of rotation
                given().baseUri(Suite.managementUrl(module)).get("/q/health/ready").then().statusCode(200);
            }
            card = till.card(roll, 2);
            till.pay(card, 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> readers.count("redis down") >= 100);

            readers.phase("after");
            cashier.phase("after");
            Suite.redis().start();
            await().atMost(Duration.ofSeconds(10)).until(() -> "up".equals(rateLimits().get("redis")));
            await().atMost(Duration.ofSeconds(30)).until(() -> readers.count("after") >= 50);
            assertEquals("redis (shared by replicas)", rateLimits().get("limits"));

            for (String phase : new String[] { "before", "redis down", "after" }) {
                assertEquals(Map.of(200, readers.count(phase)), readers.answers(phase), "reads " + phase);
                if (cashier.count(phase) > 0) {
                    assertEquals(Map.of(201, cashier.count(phase)), cashier.answers(phase), "cash sales " + phase);
                }
            }
        }
        await("the card paid while Redis was down completes").atMost(Duration.ofSeconds(30))
                .until(() -> "COMPLETED".equals(bakery.as("cashier").get("/api/sales/sales/" + card.id())
                        .path("status")));
        AfterFault.assertConsistent(bakery);
    }

    /** The gateway's readiness check of its rate limiter: where limits are kept, and whether Redis answers. */
    private static Map<String, String> rateLimits() {
        return given().baseUri(Suite.managementUrl("agent-gateway")).get("/q/health/ready").jsonPath()
                .getMap("checks.find { it.name == 'rate-limiter' }.data", String.class, String.class);
    }
}
