package com.bakery.suite.fault;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL restarts while three tills sell for cash and a fourth by card: tills retry with their Idempotency-Key
 * until they get a definite answer, and afterwards no sale is lost or sold twice, every card its buyer paid is
 * captured once, stock and ledger agree, and the gateway kept an audit record of every attempt. And PostgreSQL
 * stops while a buyer pays by card: the payment is captured once it is back.
 */
@ExtendWith(Suite.class)
class PostgresRestartIT {

    @Test
    void checkoutsGoOnThroughADatabaseRestartAndNoSaleIsLostOrChargedTwice() throws Exception {
        Bakery bakery = Bakery.fresh("pg-restart");
        Till till = new Till(bakery);
        long roll = till.stockedProduct("Roll", "BRL", 5);
        List<Till.Sale> cash = new CopyOnWriteArrayList<>();
        List<Till.Sale> cards = new CopyOnWriteArrayList<>();
        String startedBefore = Postgres.startedAt();
        try (Load cashiers = Load.start(3, () -> record(cash, till.cash(roll, 1)));
                Load cardTill = Load.start(1, () -> record(cards, till.card(roll, 2)))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> cashiers.count() >= 15 && cardTill.count() >= 2);
            Postgres.restart();
            cashiers.phase("after");
            await().atMost(Duration.ofSeconds(60)).until(() -> cashiers.count("after") >= 15);
        }
        assertNotEquals(startedBefore, Postgres.startedAt(), "the server restarted");

        List<Till.Sale> paid = new ArrayList<>();
        for (Till.Sale card : cards) {
            // the buyers pay once the database is back
            if ("PENDING".equals(card.saleStatus()) && till.payWhenShown(card)) {
                paid.add(card);
            }
        }
        AfterFault.assertConsistent(bakery);

        List<Till.Sale> all = new ArrayList<>(cash);
        all.addAll(cards);
        long unitsSold = 0;
        for (Till.Sale sale : all) {
            String status = bakery.as("manager").get("/api/sales/sales/" + sale.id()).then().statusCode(200)
                    .extract().path("status");
            boolean sold = cards.contains(sale) ? paid.contains(sale) : sale.answeredSold();
            assertEquals(sold ? "COMPLETED" : "FAILED", status, "sale " + sale);
            unitsSold += sold ? (cards.contains(sale) ? 2 : 1) : 0;
            sale.retried().forEach(answer -> assertTrue(!answer.startsWith("500 "),
                    "a 500 during the restart: " + answer));
        }
        assertEquals(all.size(), all.stream().map(Till.Sale::id).distinct().count(), "one sale per checkout");
        assertEquals(500 - unitsSold, ((Number) bakery.as("manager").get("/api/inventory/products/" + roll)
                .path("onHand")).longValue(), "rolls left: 500 made, " + unitsSold + " sold, none twice");
        assertTrue(all.stream().anyMatch(s -> !s.retried().isEmpty()), "some checkout met the restart");

        long attempts = all.stream().mapToLong(s -> 1 + s.retried().size()).sum();
        // at least once: a batch whose commit answer the restart cut may be written twice
        await("an audit record per attempt").atMost(Duration.ofSeconds(30))
                .until(() -> Audit.records(bakery, "POST", "/api/sales/checkout") >= attempts);
    }

    @Test
    void aCardPaidWhileTheDatabaseIsDownIsCapturedOnceItIsBack() throws Exception {
        Bakery bakery = Bakery.fresh("pg-down");
        Till till = new Till(bakery);
        long cake = till.stockedProduct("Cake", "BRL", 1);
        Till.Sale card = till.card(cake, 1);
        CompletableFuture<Void> paying;
        Postgres.stop();
        try {
            // payments answers the webhook 400 ("deliver again"), and the provider delivers it again later
            paying = CompletableFuture.runAsync(() -> till.pay(card, 1));
            await("the provider's first delivery").atMost(Duration.ofSeconds(10))
                    .until(() -> !deliveries(card).isEmpty());
        } finally {
            Postgres.start();
        }
        // every service's first request after the restart is answered: pooled connections the restart cut are
        // found out before use, not by failing a request
        for (String path : List.of("/api/inventory/materials", "/api/sales/sales", "/api/payments/payments",
                "/api/classifier/models", "/api/admin/users")) {
            Response answer = bakery.as(path.startsWith("/api/admin") ? "admin" : "manager").get(path);
            assertEquals(200, answer.statusCode(), path + " after the restart: " + answer.asString());
        }
        paying.join();
        await("the sale paid while the database was down").atMost(Duration.ofSeconds(60))
                .until(() -> "COMPLETED".equals(bakery.as("manager").get("/api/sales/sales/" + card.id())
                        .path("status")));
        List<Integer> deliveries = deliveries(card);
        assertEquals(400, deliveries.get(0), "refused while the database was down: " + deliveries);
        assertEquals(200, deliveries.get(deliveries.size() - 1), "taken once it was back: " + deliveries);
        AfterFault.assertConsistent(bakery);
    }

    /** The statuses the provider's webhook deliveries for this sale got, in order. */
    private static List<Integer> deliveries(Till.Sale sale) {
        return given().baseUri(Suite.infinitePayUrl()).get("/__sim/links/" + Till.slug(sale)).then().statusCode(200)
                .extract().path("deliveries.status");
    }

    private static int record(List<Till.Sale> sales, Till.Sale sale) {
        sales.add(sale);
        return sale.status();
    }
}
