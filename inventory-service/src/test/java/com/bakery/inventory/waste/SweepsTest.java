package com.bakery.inventory.waste;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.bakery.inventory.Tenant;
import com.bakery.inventory.expiry.ExpiryAlerts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The scheduled jobs themselves (switched off in tests, so they do not race them), run here once by hand. */
@QuarkusTest
class SweepsTest {

    @Inject
    SpoilageSweep spoilage;

    @Inject
    ExpiryAlerts expiry;

    @Inject
    EntityManager em;

    @Test
    void theSpoilageSweepWritesOffEveryTenantsSpoiledUnitsAsTheSystem() {
        Tenant one = Tenant.fresh();
        Tenant two = Tenant.fresh();
        long rolls = one.createPerishable("Roll", 80, 24);
        long buns = two.createPerishable("Bun", 90, 24);
        one.addUnits(rolls, "Roll", 4, 20, Instant.now().minus(30, ChronoUnit.HOURS));
        two.addUnits(buns, "Bun", 2, 30, Instant.now().minus(25, ChronoUnit.HOURS));
        two.addUnits(buns, "Bun", 3, 30, null);

        spoilage.sweep();

        one.product(rolls).body("onHand", equalTo(0));
        two.product(buns).body("onHand", equalTo(3));
        two.as("manager").get("/api/inventory/products/" + buns + "/ledger").then()
                .body("items[2].kind", equalTo("WASTE")).body("items[2].createdBy", equalTo("system"))
                .body("items[2].quantity", equalTo(-2));
    }

    @Test
    void theExpirySweepAlertsABatchThatCameWithinTheWarningDaysSinceItArrived() {
        Tenant shop = Tenant.fresh();
        long milk = shop.createMaterial("Milk", "l", 0);
        long batch = shop.receive(milk, "{\"quantity\":6,\"unitCostCents\":400,\"expiresOn\":\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(20) + "\"}");
        shop.as("manager").get("/api/inventory/expiry-alerts").then().body("items", hasSize(0));
        // days pass: the batch is now two days from its expiry (moved in the database, as time would)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE batch SET expires_on = ?2 WHERE id = ?1").setParameter(1, batch)
                .setParameter(2, LocalDate.now(ZoneOffset.UTC).plusDays(2)).executeUpdate());

        expiry.openDue();

        shop.as("manager").get("/api/inventory/expiry-alerts").then().body("items", hasSize(1))
                .body("items[0].batch.batchId", equalTo((int) batch)).body("items[0].batch.daysLeft", equalTo(2));
        expiry.openDue();
        shop.as("manager").get("/api/inventory/expiry-alerts").then().body("items", hasSize(1));
    }
}
