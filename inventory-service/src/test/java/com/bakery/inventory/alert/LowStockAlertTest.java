package com.bakery.inventory.alert;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.inventory.Tenant;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LowStockAlertTest {

    private final Tenant bakery = Tenant.fresh();

    @Inject
    RedisDataSource redis;

    @ConfigProperty(name = "bakery.outbox.stream")
    String stream;

    private void waste(long material, String quantity) {
        bakery.stockMove("baker").body("{\"kind\":\"WASTE\",\"quantity\":" + quantity + ",\"reason\":\"test\"}")
                .post("/api/inventory/materials/" + material + "/adjustments").then().statusCode(201);
    }

    @Test
    void opensOneAlertBelowTheMinimumAndResolvesItWhenRestocked() {
        long flour = bakery.createMaterial("Flour", "kg", 10);
        bakery.receive(flour, "12", 100);
        bakery.as("manager").get("/api/inventory/alerts").then().body("items.size()", equalTo(0));

        waste(flour, "3");
        waste(flour, "1");
        bakery.as("manager").get("/api/inventory/alerts")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].materialId", equalTo((int) flour))
                .body("items[0].material", equalTo("Flour"))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].onHand", equalTo(8))
                .body("items[0].minimum", equalTo(10));

        bakery.receive(flour, "5", 100);
        bakery.as("manager").get("/api/inventory/alerts").then().body("items.size()", equalTo(0));
        bakery.as("manager").get("/api/inventory/alerts?status=RESOLVED")
                .then().body("items.materialId", contains((int) flour));

        waste(flour, "4");
        bakery.as("manager").get("/api/inventory/alerts").then().body("items.size()", equalTo(1));
        bakery.as("manager").get("/api/inventory/alerts?status=CLOSED").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void anotherTenantSeesNoneOfTheseAlerts() {
        long yeast = bakery.createMaterial("Yeast", "g", 100);
        bakery.receive(yeast, "50", 1);
        Tenant.fresh().as("manager").get("/api/inventory/alerts").then().body("items.size()", equalTo(0));
    }

    @Test
    void alertChangesAreRelayedToTheRedisStreamWithTheTenant() {
        long sugar = bakery.createMaterial("Sugar", "kg", 5);
        bakery.receive(sugar, "2", 90);      // opens
        bakery.receive(sugar, "10", 90);     // resolves
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<StreamMessage<String, String, String>> events = redis.stream(String.class)
                    .xrange(stream, StreamRange.of("-", "+")).stream()
                    .filter(m -> bakery.id().equals(m.payload().get("tenant")))
                    .toList();
            assertEquals(List.of("inventory.low-stock.opened", "inventory.low-stock.resolved"),
                    events.stream().map(m -> m.payload().get("type")).toList());
            assertEquals("material:" + sugar, events.get(0).payload().get("aggregateId"));
        });
    }
}
