package com.bakery.sales.shift;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.sales.Shop;
import com.bakery.testing.Superuser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A till's shift: float, sales and refunds in it, cash in and out, the close with its count and the Z report. */
@QuarkusTest
class ShiftTest {

    private static String till() {
        return "till-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String open(Shop shop, String till, long floatCents) {
        return shop.atTill(till, "cashier").body(Map.of("openingFloatCents", floatCents, "currency", "BRL"))
                .post("/api/sales/shifts").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");
    }

    private static JsonPath sell(Shop shop, String till, String role, String body) {
        return shop.atTill(till, role).header("Idempotency-Key", Shop.key()).body(body).post("/api/sales/checkout")
                .then().statusCode(201).extract().jsonPath();
    }

    private static void move(Shop shop, String till, String shift, String kind, long cents, String reason) {
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key())
                .body(Map.of("kind", kind, "amountCents", cents, "reason", reason))
                .post("/api/sales/shifts/" + shift + "/cash-movements").then().statusCode(201);
    }

    @Test
    void aShiftsZReportAddsUpItsSalesRefundsAndDrawer() {
        Shop shop = Shop.fresh();
        shop.as("manager").body("{\"timeZone\":\"America/Sao_Paulo\",\"taxRateBp\":1000}").put("/api/sales/settings")
                .then().statusCode(200);
        long loaf = shop.product("Loaf", 650, "BRL", 20, 200);
        String till = till();
        String shift = open(shop, till, 10_000);

        List<JsonPath> sales = new ArrayList<>();
        sales.add(sell(shop, till, "cashier", Shop.cash(loaf, 2, 2_000)));
        sales.add(sell(shop, till, "cashier", Shop.cash(loaf, 1, 1_000)));
        sales.add(sell(shop, till, "manager", "{\"lines\":[{\"productId\":" + loaf + ",\"quantity\":4}],"
                + "\"payment\":{\"method\":\"CASH\",\"tenderedCents\":5000},"
                + "\"discount\":{\"percent\":5,\"reason\":\"Regular customer\"}}"));
        // a sale elsewhere (no till) belongs to no shift
        shop.as("cashier").header("Idempotency-Key", Shop.key()).body(Shop.cash(loaf, 1, 650))
                .post("/api/sales/checkout").then().statusCode(201).body("shiftId", equalTo(null));
        move(shop, till, shift, "PAID_OUT", 3_000, "Drop to the safe");
        move(shop, till, shift, "PAID_IN", 500, "Coins from the bank");
        String refunded = sales.get(1).getString("id");
        JsonPath refund = shop.atTill(till, "manager").header("Idempotency-Key", Shop.key())
                .body("{\"reason\":\"Burnt\"}").post("/api/sales/sales/" + refunded + "/refunds").then()
                .statusCode(201).extract().jsonPath();

        long net = sales.stream().mapToLong(s -> s.getLong("totalCents")).sum();
        long gross = sales.stream().mapToLong(s -> s.getLong("subtotalCents")).sum();
        long discount = sales.stream().mapToLong(s -> s.getLong("discountCents")).sum();
        long tax = sales.stream().mapToLong(s -> s.getLong("taxCents")).sum();
        long refundCents = refund.getLong("amountCents");
        long expected = 10_000 + net - refundCents - 3_000 + 500;

        // the count is 1.00 short: 2 notes of 50.00, the rest in 1-cent coins
        long counted = expected - 100;
        Map<String, Integer> notes = Map.of("5000", 2, "1", (int) (counted - 10_000));
        JsonPath closed = shop.atTill(till, "cashier").body(Map.of("denominations", notes))
                .post("/api/sales/shifts/" + shift + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("zNumber", equalTo(1))
                .extract().jsonPath();
        JsonPath z = JsonPath.from(closed.prettify()).setRootPath("report");
        assertEquals(3, z.getLong("salesCount"));
        assertEquals(gross, z.getLong("grossCents"));
        assertEquals(discount, z.getLong("discountCents"));
        assertEquals(tax, z.getLong("taxCents"));
        assertEquals(net, z.getLong("netCents"));
        assertEquals(1, z.getLong("refundsCount"));
        assertEquals(refundCents, z.getLong("refundsCents"));
        assertEquals(expected, z.getLong("cash.expectedCents"));
        assertEquals(counted, z.getLong("cash.countedCents"));
        assertEquals(-100, z.getLong("cash.differenceCents"));
        assertEquals(3_000, z.getLong("cash.paidOutCents"));
        assertEquals(500, z.getLong("cash.paidInCents"));
        assertEquals(sales.get(0).getLong("receiptNumber"), z.getLong("firstReceipt"));
        assertEquals(sales.get(2).getLong("receiptNumber"), z.getLong("lastReceipt"));
        assertEquals(refund.getLong("creditNoteNumber"), z.getLong("firstCreditNote"));
        assertEquals(List.of("cashier@" + shop.tenant(), "manager@" + shop.tenant()),
                z.getList("byCashier.cashier"));
        assertEquals(net, z.getList("byHour.netCents", Long.class).stream().mapToLong(Long::longValue).sum());
        assertEquals("Regular customer", z.getString("discounts[0].reason"));
        assertEquals(List.of("CASH", "CARD"), z.getList("byMethod.method"));
        assertEquals(net, z.getLong("byMethod[0].netCents"));

        // the next shift of the till is Z 2; the manager's day lists both, the accountant's CSV too
        String second = open(shop, till, 5_000);
        shop.atTill(till, "cashier").body("{\"countedCents\":5000}").post("/api/sales/shifts/" + second + "/close")
                .then().statusCode(200).body("zNumber", equalTo(2)).body("report.cash.differenceCents", equalTo(0));
        shop.as("manager").get("/api/sales/z-reports?till=" + till).then().statusCode(200)
                .body("items.zNumber", equalTo(List.of(1, 2))).body("items[0].differenceCents", equalTo(-100));
        String csv = shop.as("manager").accept("text/csv").get("/api/sales/z-reports/csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length, csv);
        assertTrue(lines[0].startsWith("z_number,till,"), lines[0]);
        assertTrue(lines[1].startsWith("1,Till " + till + ","), lines[1]);
        shop.as("manager").get("/api/sales/z-reports/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("checked", equalTo(2));
    }

    @Test
    void aTillSellsAndRefundsOnlyInAnOpenShiftAndARefusedSaleLeavesNothing() {
        Shop shop = Shop.fresh();
        long roll = shop.product("Roll", 100, "BRL", 5, 40);
        String till = till();
        int before = shop.salesCount();
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key()).body(Shop.cash(roll, 1, 100))
                .post("/api/sales/checkout").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("no_open_shift"));
        assertEquals(before, shop.salesCount());

        String shift = open(shop, till, 0);
        String sale = sell(shop, till, "cashier", Shop.cash(roll, 1, 100)).getString("id");
        shop.atTill(till, "cashier").body("{\"countedCents\":100}").post("/api/sales/shifts/" + shift + "/close")
                .then().statusCode(200);
        shop.atTill(till, "manager").header("Idempotency-Key", Shop.key()).body("{\"reason\":\"Stale\"}")
                .post("/api/sales/sales/" + sale + "/refunds").then().statusCode(409)
                .body("code", equalTo("no_open_shift"));
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key()).body(Shop.cash(roll, 1, 100))
                .post("/api/sales/checkout").then().statusCode(409).body("code", equalTo("no_open_shift"));
    }

    @Test
    void twoClosesOfOneShiftAtOnceCloseItOnce() throws Exception {
        Shop shop = Shop.fresh();
        String till = till();
        String shift = open(shop, till, 2_000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> closes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long count = 2_000 + i;
            closes.add(pool.submit(() -> {
                start.await();
                return shop.atTill(till, "cashier").body(Map.of("countedCents", count))
                        .post("/api/sales/shifts/" + shift + "/close");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> close : closes) {
            statuses.add(close.get().statusCode());
        }
        pool.shutdown();
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        shop.as("manager").get("/api/sales/z-reports?till=" + till).then().body("items.zNumber", equalTo(List.of(1)));
        // the next shift's Z follows without a gap
        String next = open(shop, till, 0);
        shop.atTill(till, "cashier").body("{\"countedCents\":0}").post("/api/sales/shifts/" + next + "/close")
                .then().body("zNumber", equalTo(2));
    }

    @Test
    void badShiftRequestsAreRefusedNamingTheFieldAndAFailedCloseLeavesTheShiftOpen() {
        Shop shop = Shop.fresh();
        String till = till();
        shop.as("cashier").body(Map.of("openingFloatCents", 0, "currency", "BRL")).post("/api/sales/shifts").then()
                .statusCode(409).body("code", equalTo("no_till"));
        shop.atTill(till, "cashier").body(Map.of("openingFloatCents", -1, "currency", "BRL"))
                .post("/api/sales/shifts").then().statusCode(400).body("errors[0].field",
                        containsString("openingFloatCents"));
        shop.atTill(till, "cashier").body(Map.of("openingFloatCents", 0, "currency", "real"))
                .post("/api/sales/shifts").then().statusCode(400).body("errors[0].field", containsString("currency"));
        shop.atTill(till, "baker").body(Map.of("openingFloatCents", 0, "currency", "BRL"))
                .post("/api/sales/shifts").then().statusCode(403);
        String shift = open(shop, till, 1_000);
        shop.atTill(till, "cashier").body(Map.of("openingFloatCents", 0, "currency", "BRL"))
                .post("/api/sales/shifts").then().statusCode(409).body("code", equalTo("shift_open"))
                .body("shiftId", equalTo(shift));

        String moves = "/api/sales/shifts/" + shift + "/cash-movements";
        shop.atTill(till, "cashier").body(Map.of("kind", "PAID_OUT", "amountCents", 100, "reason", "x")).post(moves)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key())
                .body(Map.of("kind", "PAID_OUT", "amountCents", 0, "reason", "x")).post(moves).then().statusCode(400)
                .body("errors[0].field", containsString("amountCents"));
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key())
                .body(Map.of("kind", "PAID_OUT", "amountCents", 100, "reason", " ")).post(moves).then().statusCode(400)
                .body("errors[0].field", containsString("reason"));
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key())
                .body(Map.of("kind", "STOLEN", "amountCents", 100, "reason", "x")).post(moves).then().statusCode(400)
                .body("errors[0].field", containsString("kind"));

        String close = "/api/sales/shifts/" + shift + "/close";
        shop.atTill(till, "cashier").body("{}").post(close).then().statusCode(400)
                .body("errors[0].field", equalTo("countedCents"));
        shop.atTill(till, "cashier").body("{\"countedCents\":5,\"denominations\":{\"100\":1}}").post(close).then()
                .statusCode(400).body("errors[0].field", equalTo("countedCents"));
        shop.atTill(till, "cashier").body("{\"denominations\":{\"abc\":1}}").post(close).then().statusCode(400)
                .body("errors[0].field", containsString("denominations"));
        shop.atTill(till, "cashier").body("{\"denominations\":{\"100\":-1}}").post(close).then().statusCode(400)
                .body("errors[0].field", containsString("denominations"));
        shop.atTill(till, "cashier").get("/api/sales/shifts/" + shift).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("zNumber", equalTo(null));
        shop.atTill(till, "cashier").get("/api/sales/shifts/current").then().statusCode(200)
                .body("id", equalTo(shift)).body("report.cash.expectedCents", equalTo(1_000));

        shop.atTill(till, "cashier").body("{\"countedCents\":1000}").post(close).then().statusCode(200);
        shop.atTill(till, "cashier").header("Idempotency-Key", Shop.key())
                .body(Map.of("kind", "PAID_IN", "amountCents", 100, "reason", "late")).post(moves).then()
                .statusCode(409).body("code", equalTo("shift_closed"));
        shop.atTill(till, "cashier").get("/api/sales/shifts/current").then().statusCode(404)
                .body("code", equalTo("no_open_shift"));
        Shop.fresh().as("manager").get("/api/sales/shifts/" + shift).then().statusCode(404);
        shop.as("manager").get("/api/sales/z-reports?from=2026-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aChangedOrRemovedZReportBreaksTheChainAndAClosedShiftCannotChange() {
        Shop shop = Shop.fresh();
        String till = till();
        List<String> shifts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String shift = open(shop, till, 1_000);
            shop.atTill(till, "cashier").body("{\"countedCents\":1000}").post("/api/sales/shifts/" + shift + "/close")
                    .then().statusCode(200);
            shifts.add(shift);
        }
        shop.as("auditor").get("/api/sales/z-reports/verify").then().body("intact", equalTo(true))
                .body("checked", equalTo(3));

        String refused = assertThrowsOutput(() -> Superuser.sql(Superuser.testDatabase(),
                "UPDATE sales.shift SET counted_cash_cents = 900 WHERE id = '" + shifts.get(0) + "'"));
        assertTrue(refused.contains("is closed and cannot change"), refused);

        // someone with the database's superuser edits a count in the frozen report, then removes the last Z
        Superuser.sql(Superuser.testDatabase(), "ALTER TABLE sales.shift DISABLE TRIGGER shift_closed_is_immutable; "
                + "UPDATE sales.shift SET z_report = replace(z_report, '\"countedCents\":1000', "
                + "'\"countedCents\":900') WHERE id = '" + shifts.get(1) + "'; "
                + "ALTER TABLE sales.shift ENABLE TRIGGER shift_closed_is_immutable");
        JsonPath verdict = shop.as("auditor").get("/api/sales/z-reports/verify").then().statusCode(200)
                .body("intact", equalTo(false)).extract().jsonPath();
        assertEquals(1, verdict.getList("problems").size(), verdict.prettify());
        assertTrue(verdict.getString("problems[0]").contains("Z 2 ") && verdict.getString("problems[0]")
                .contains("changed"), verdict.prettify());

        Superuser.sql(Superuser.testDatabase(), "ALTER TABLE sales.shift DISABLE TRIGGER shift_closed_is_immutable; "
                + "DELETE FROM sales.shift WHERE id = '" + shifts.get(2) + "'; "
                + "ALTER TABLE sales.shift ENABLE TRIGGER shift_closed_is_immutable");
        shop.as("auditor").get("/api/sales/z-reports/verify").then().body("intact", equalTo(false))
                .body("problems", hasItem(containsString("the last reports were removed")));
    }

    private static String assertThrowsOutput(Runnable work) {
        try {
            work.run();
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        assertFalse(true, "the database took the change");
        return null;
    }
}
