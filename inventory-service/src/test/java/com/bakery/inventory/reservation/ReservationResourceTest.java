package com.bakery.inventory.reservation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.inventory.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReservationResourceTest {

    private final Tenant shop = Tenant.fresh();

    @Inject
    ReservationService reservations;

    private static String sale() {
        return "sale-" + UUID.randomUUID();
    }

    private static String body(String saleId, long productId, int quantity) {
        return "{\"saleId\":\"" + saleId + "\",\"lines\":[{\"productId\":" + productId + ",\"quantity\":" + quantity + "}]}";
    }

    @Test
    void reservesAtTheProductsPriceAndARetryReturnsTheSameReservation() {
        long bread = shop.stockedProduct("Bread", 450, 10, 120);
        String sale = sale();
        int id = shop.as("service").body(body(sale, bread, 3)).post("/api/inventory/reservations")
                .then().statusCode(201)
                .body("saleId", equalTo(sale)).body("status", equalTo("RESERVED"))
                .body("lines[0].priceCents", equalTo(450)).body("lines[0].productName", equalTo("Bread")).body("lines[0].currency", equalTo("EUR"))
                .body("cogsCents", nullValue())
                .extract().path("id");
        shop.as("service").body(body(sale, bread, 3)).post("/api/inventory/reservations")
                .then().statusCode(200).body("id", equalTo(id));
        shop.as("service").body(body(sale, bread, 4)).post("/api/inventory/reservations")
                .then().statusCode(409).body("code", equalTo("reservation_mismatch"));
        shop.product(bread).body("onHand", equalTo(10)).body("reserved", equalTo(3)).body("available", equalTo(7));
    }

    @Test
    void commitTakesTheUnitsOutAtTheirFifoCost() {
        long cake = shop.stockedProduct("Cake", 900, 2, 300);
        shop.addUnits(cake, "Cake", 5, 400);
        String sale = sale();
        shop.as("service").body(body(sale, cake, 3)).post("/api/inventory/reservations").then().statusCode(201);
        shop.as("service").post("/api/inventory/reservations/" + sale + "/commit")
                .then().statusCode(200).body("status", equalTo("COMMITTED"))
                // 2 × 300 from the first run, 1 × 400 from the second
                .body("cogsCents", equalTo(1000)).body("lines[0].cogsCents", equalTo(1000));
        shop.as("service").post("/api/inventory/reservations/" + sale + "/commit")
                .then().statusCode(200).body("cogsCents", equalTo(1000));
        shop.product(cake).body("onHand", equalTo(4)).body("reserved", equalTo(0)).body("stockValueCents", equalTo(1600));
        shop.as("service").post("/api/inventory/reservations/" + sale + "/release")
                .then().statusCode(409).body("code", equalTo("reservation_committed"));
    }

    @Test
    void releaseMakesTheUnitsAvailableAgainAndCannotBeCommittedAfter() {
        long bun = shop.stockedProduct("Bun", 80, 4, 20);
        String sale = sale();
        shop.as("service").body(body(sale, bun, 4)).post("/api/inventory/reservations").then().statusCode(201);
        shop.product(bun).body("available", equalTo(0));
        shop.as("service").post("/api/inventory/reservations/" + sale + "/release")
                .then().statusCode(200).body("status", equalTo("RELEASED"));
        shop.as("service").post("/api/inventory/reservations/" + sale + "/release").then().statusCode(200);
        shop.product(bun).body("onHand", equalTo(4)).body("available", equalTo(4));
        shop.as("service").post("/api/inventory/reservations/" + sale + "/commit")
                .then().statusCode(409).body("code", equalTo("reservation_not_active"));
    }

    @Test
    void aReservationNotCommittedInTimeExpiresAndReturnsItsStock() {
        long pie = shop.stockedProduct("Pie", 1200, 3, 500);
        String sale = sale();
        shop.as("service").body(body(sale, pie, 2)).post("/api/inventory/reservations").then().statusCode(201);
        reservations.expireDue(Instant.now().plus(Duration.ofHours(1)));
        shop.as("cashier").get("/api/inventory/reservations/" + sale).then().body("status", equalTo("EXPIRED"));
        shop.product(pie).body("reserved", equalTo(0)).body("available", equalTo(3));
        shop.as("service").post("/api/inventory/reservations/" + sale + "/commit")
                .then().statusCode(409).body("code", equalTo("reservation_not_active"));
    }

    @Test
    void aSaleMayAskToHoldItsStockLongerWithinBounds() {
        long cake = shop.stockedProduct("Held cake", 900, 3, 300);
        String sale = sale();
        String expires = shop.as("service").body("{\"saleId\":\"" + sale + "\",\"holdSeconds\":2400,\"lines\":"
                + "[{\"productId\":" + cake + ",\"quantity\":1}]}").post("/api/inventory/reservations")
                .then().statusCode(201).extract().path("expiresAt");
        assertTrue(Instant.parse(expires).isAfter(Instant.now().plusSeconds(39 * 60)), expires);
        shop.as("service").body("{\"saleId\":\"" + sale() + "\",\"holdSeconds\":999999,\"lines\":"
                + "[{\"productId\":" + cake + ",\"quantity\":1}]}").post("/api/inventory/reservations")
                .then().statusCode(400).body("errors.field", hasItem("holdSeconds"));
        shop.product(cake).body("reserved", equalTo(1));
    }

    @Test
    void refusesMoreThanIsAvailableAndChangesNothing() {
        long tart = shop.stockedProduct("Tart", 500, 2, 100);
        shop.as("service").body(body(sale(), tart, 3)).post("/api/inventory/reservations")
                .then().statusCode(409).body("code", equalTo("insufficient_stock"))
                .body("shortfalls[0].productId", equalTo((int) tart)).body("shortfalls[0].missing", equalTo(1));
        shop.product(tart).body("reserved", equalTo(0)).body("available", equalTo(2));
    }

    @Test
    void refusesUnknownOrForeignProductsAndBadLines() {
        long foreign = Tenant.fresh().stockedProduct("Foreign bread", 100, 1, 10);
        shop.as("service").body(body(sale(), foreign, 1)).post("/api/inventory/reservations")
                .then().statusCode(400).body("errors.field", contains("lines[0].productId"));
        shop.as("service").body("{\"saleId\":\"s\",\"lines\":[]}").post("/api/inventory/reservations")
                .then().statusCode(400).body("errors.field", hasItem("lines"));
        shop.as("service").body(body(sale(), foreign, 0)).post("/api/inventory/reservations")
                .then().statusCode(400).body("errors.field", hasItem("lines[0].quantity"));
        shop.as("cashier").get("/api/inventory/reservations/no-such-sale").then().statusCode(404);
    }

    /** Only the saga reserves, commits or releases: no staff role can hold or take stock through these steps. */
    @Test
    void noStaffRoleCanReserveCommitOrRelease() {
        long roll = shop.stockedProduct("Roll", 60, 2, 10);
        String held = sale();
        shop.as("service").body(body(held, roll, 1)).post("/api/inventory/reservations").then().statusCode(201);
        for (String role : List.of("cashier", "manager", "admin", "baker", "auditor")) {
            shop.as(role).body(body(sale(), roll, 1)).post("/api/inventory/reservations").then().statusCode(403);
            shop.as(role).post("/api/inventory/reservations/" + held + "/commit").then().statusCode(403);
            shop.as(role).post("/api/inventory/reservations/" + held + "/release").then().statusCode(403);
        }
        shop.as("cashier").get("/api/inventory/reservations/" + held).then().statusCode(200)
                .body("status", equalTo("RESERVED"));
        shop.product(roll).body("onHand", equalTo(2)).body("reserved", equalTo(1));
    }

    /** Ten cashiers each want one of the last five loaves at the same moment: exactly five get one. */
    @Test
    void concurrentReservationsForTheLastUnitsNeverOversell() throws Exception {
        long loaf = shop.stockedProduct("Last loaves", 400, 5, 100);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return shop.as("service").body(body(sale(), loaf, 1)).post("/api/inventory/reservations").statusCode();
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Integer> r : results) {
            int status = r.get();
            if (status == 201) {
                won++;
            } else {
                assertEquals(409, status);
            }
        }
        pool.shutdown();
        assertEquals(5, won);
        shop.product(loaf).body("reserved", equalTo(5)).body("available", equalTo(0));
    }
}
