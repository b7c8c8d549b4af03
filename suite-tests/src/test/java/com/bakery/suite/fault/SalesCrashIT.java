package com.bakery.suite.fault;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import com.bakery.suite.day.Invariants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * sales-service is killed (SIGKILL) while card sagas wait on a slow provider and cash sales run, then started
 * again. The sagas it left are resumed (by the tills' retries and by its own recovery at start): every sale ends
 * COMPLETED or FAILED, every card its buyer paid is captured once, and stock matches what was sold.
 */
@ExtendWith(Suite.class)
class SalesCrashIT {

    @Test
    void everySagaCutByACrashEndsCompletedOrFailedAfterARestart() throws Exception {
        Bakery bakery = Bakery.fresh("sales-crash");
        Till till = new Till(bakery);
        long roll = till.stockedProduct("Roll", "BRL", 3);
        Invariants invariants = Invariants.local();
        // the provider takes 4 s to create each of the next four links: those card sagas are mid-way at the kill
        given().baseUri(Suite.infinitePayUrl()).contentType("application/json")
                .body("{\"path\":\"links\",\"delayMs\":4000,\"times\":4}").post("/__sim/faults").then().statusCode(204);
        List<CompletableFuture<Till.Sale>> cards = new ArrayList<>();
        List<Till.Sale> cash = new CopyOnWriteArrayList<>();
        try (Load cashiers = Load.start(2, () -> {
            Till.Sale sale = till.cash(roll, 1);
            cash.add(sale);
            return sale.status();
        })) {
            for (int i = 0; i < 4; i++) {
                cards.add(CompletableFuture.supplyAsync(() -> till.card(roll, 3)));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> invariants.pendingSales(bakery.tenant()) >= 4);
            Suite.kill("sales-service");
            Suite.restart("sales-service");
            cashiers.phase("after");
            await().atMost(Duration.ofSeconds(30)).until(() -> cashiers.count("after") >= 5);
        }

        List<Till.Sale> paid = new ArrayList<>();
        for (CompletableFuture<Till.Sale> future : cards) {
            Till.Sale card = future.join();
            if ("PENDING".equals(card.saleStatus()) && till.payWhenShown(card)) {
                paid.add(card);
            }
        }
        AfterFault.assertConsistent(bakery);

        assertTrue(cards.stream().anyMatch(c -> !c.join().retried().isEmpty()), "the crash cut card checkouts");
        for (Till.Sale card : paid) {
            assertEquals("COMPLETED", bakery.as("manager").get("/api/sales/sales/" + card.id()).path("status"),
                    "a card its buyer paid");
        }
        long unitsSold = 3L * paid.size();
        for (Till.Sale sale : cash) {
            String status = bakery.as("manager").get("/api/sales/sales/" + sale.id()).path("status");
            assertEquals(sale.answeredSold() ? "COMPLETED" : "FAILED", status, sale.toString());
            unitsSold += "COMPLETED".equals(status) ? 1 : 0;
        }
        assertEquals(300 - unitsSold, ((Number) bakery.as("manager").get("/api/inventory/products/" + roll)
                .path("onHand")).longValue(), "rolls left: 300 made, " + unitsSold + " sold");
    }
}
