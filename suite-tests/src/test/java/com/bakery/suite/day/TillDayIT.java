package com.bakery.suite.day;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import com.bakery.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A till's whole day as a shop runs it, through the gateway only: the admin registers the till and sets PINs, the
 * cashier switches in and opens the shift, sells for cash and by card, drops cash to the safe, sells with a
 * discount the manager approves with their PIN; the manager switches in to refund a sale; the cashier closes the
 * shift a little short. The Z report is checked figure by figure against the sales' own answers, and against
 * analytics.
 */
@ExtendWith(Suite.class)
class TillDayIT {

    private static final String PASSWORD = "a shift long password";

    private final Bakery bakery = Bakery.fresh("till-day");

    private RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.token("owner@" + bakery.tenant(), bakery.tenant(), "admin"))
                .contentType(ContentType.JSON);
    }

    private String user(String role, String pin) {
        String name = role + "@" + bakery.tenant();
        int id = admin().body(Map.of("username", name, "password", PASSWORD, "roles", List.of(role)))
                .post("/api/admin/users").then().statusCode(201).extract().path("id");
        admin().body(Map.of("pin", pin)).put("/api/admin/users/" + id).then().statusCode(200);
        return name;
    }

    private static String switchIn(String device, String user, String pin) {
        return given().contentType(ContentType.JSON).body(Map.of("username", user, "pin", pin, "deviceToken", device))
                .post("/auth/till/switch").then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static JsonPath sell(String token, String body) {
        return as(token).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/sales/checkout").then().statusCode(201).extract().jsonPath();
    }

    private static String lines(long product, int quantity) {
        return "{\"lines\":[{\"productId\":" + product + ",\"quantity\":" + quantity + "}],";
    }

    @Test
    void aTillsDayFromTheFloatToTheZReportAddsUp() {
        String cashier = user("cashier", "4821");
        String manager = user("manager", "7391");
        String device = admin().body(Map.of("name", "Front counter")).post("/api/admin/tills").then().statusCode(201)
                .extract().path("deviceToken");
        bakery.as("manager").body(Map.of("timeZone", "America/Sao_Paulo", "taxRateBp", 1000, "shopName",
                "Padaria do Dia", "shopAddress", "Rua A 1", "taxId", "12.345.678/0001-90")).put("/api/sales/settings")
                .then().statusCode(200);
        long baguette = stocked("Baguette", 600, 40);
        long cake = stocked("Cake", 2_500, 5);

        String till = switchIn(device, cashier, "4821");
        String shift = as(till).body(Map.of("openingFloatCents", 15_000, "currency", "BRL"))
                .post("/api/sales/shifts").then().statusCode(201).extract().path("id");

        List<JsonPath> sales = new ArrayList<>();
        sales.add(sell(till, lines(baguette, 3) + "\"payment\":{\"method\":\"CASH\",\"tenderedCents\":2000}}"));
        sales.add(card(till, cake));
        as(till).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kind", "PAID_OUT", "amountCents", 2_000, "reason", "Drop to the safe"))
                .post("/api/sales/shifts/" + shift + "/cash-movements").then().statusCode(201);
        String approval = given().contentType(ContentType.JSON).body(Map.of("username", manager, "pin", "7391",
                "action", "discount", "deviceToken", device)).post("/auth/till/approve").then().statusCode(200)
                .extract().path("approvalToken");
        sales.add(sell(till, lines(cake, 1) + "\"payment\":{\"method\":\"CASH\",\"tenderedCents\":2000},"
                + "\"discount\":{\"percent\":25,\"reason\":\"Dented box\",\"approvalToken\":\"" + approval + "\"}}"));
        assertEquals(manager, sales.get(2).getString("discountApprovedBy"));

        // the manager switches in to refund one baguette of the first sale: the cashier's session ends
        String managerAtTill = switchIn(device, manager, "7391");
        as(till).get("/api/sales/shifts/current").then().statusCode(401);
        JsonPath refund = as(managerAtTill).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"lines\":[{\"productId\":" + baguette + ",\"quantity\":1}],\"restock\":false,"
                        + "\"reason\":\"Burnt\"}").post("/api/sales/sales/" + sales.get(0).getString("id") + "/refunds")
                .then().statusCode(201).extract().jsonPath();
        till = switchIn(device, cashier, "4821");

        long cashNet = sales.get(0).getLong("totalCents") + sales.get(2).getLong("totalCents");
        long expected = 15_000 + cashNet - refund.getLong("amountCents") - 2_000;
        long counted = expected - 50; // a 0.50 coin short
        JsonPath closed = as(till).body(Map.of("denominations", Map.of("5000", (int) (counted / 5_000),
                "1", (int) (counted % 5_000)))).post("/api/sales/shifts/" + shift + "/close").then().statusCode(200)
                .body("zNumber", equalTo(1)).extract().jsonPath();
        JsonPath z = JsonPath.from(closed.prettify()).setRootPath("report");
        // the Z's hash is in the gateway's audit chain too (the record of the close)
        String hash = closed.getString("reportHash");
        await("the close's audit record").atMost(Duration.ofSeconds(30)).until(() -> admin()
                .get("/api/admin/audit?limit=200").then().statusCode(200).extract().jsonPath()
                .getList("items.detail", String.class).stream().anyMatch(d -> d != null && d.contains(hash)));

        assertEquals(3, z.getLong("salesCount"));
        assertEquals(sum(sales, "subtotalCents"), z.getLong("grossCents"));
        assertEquals(sum(sales, "discountCents"), z.getLong("discountCents"));
        assertEquals(sum(sales, "taxCents"), z.getLong("taxCents"));
        assertEquals(sum(sales, "totalCents"), z.getLong("netCents"));
        assertEquals(refund.getLong("amountCents"), z.getLong("refundsCents"));
        assertEquals(cashNet, z.getLong("byMethod.find { it.method == 'CASH' }.netCents"));
        assertEquals(sales.get(1).getLong("totalCents"), z.getLong("byMethod.find { it.method == 'CARD' }.netCents"));
        assertEquals(expected, z.getLong("cash.expectedCents"));
        assertEquals(-50, z.getLong("cash.differenceCents"));
        assertEquals(2_000, z.getLong("cash.paidOutCents"));
        assertEquals(sales.get(0).getLong("receiptNumber"), z.getLong("firstReceipt"));
        assertEquals(sales.get(2).getLong("receiptNumber"), z.getLong("lastReceipt"));
        assertEquals(refund.getLong("creditNoteNumber"), z.getLong("firstCreditNote"));
        assertEquals("Dented box", z.getString("discounts[0].reason"));
        assertEquals(manager, z.getString("discounts[0].approvedBy"));
        assertEquals(List.of(cashier), z.getList("byCashier.cashier"));

        // the same day in analytics (the shop's day) and in the accountant's CSV; the chain verifies
        bakery.as("manager").get("/api/sales/analytics/summary").then().statusCode(200)
                .body("salesCount", equalTo(3)).body("revenueCents", equalTo((int) z.getLong("netCents")))
                .body("refundsCents", equalTo((int) z.getLong("refundsCents")));
        String csv = bakery.as("manager").accept("text/csv").get("/api/sales/z-reports/csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("\r\n1,Front counter," + cashier + ","), csv);
        bakery.as("auditor").get("/api/sales/z-reports/verify").then().body("intact", equalTo(true));

        // the receipt of the discounted sale, printed as the 80 mm PDF
        byte[] pdf = as(till).accept("application/pdf").post("/api/sales/sales/" + sales.get(2).getString("id")
                + "/receipt/prints").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
    }

    private JsonPath card(String till, long product) {
        JsonPath pending = as(till).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(lines(product, 1) + "\"payment\":{\"method\":\"CARD\"}}").post("/api/sales/checkout").then()
                .statusCode(202).extract().jsonPath();
        String path = URI.create(pending.getString("checkoutUrl")).getPath();
        given().baseUri(Suite.infinitePayUrl()).contentType(ContentType.JSON).body("{\"deliveries\":1}")
                .post("/__sim/links/" + path.substring(path.lastIndexOf('/') + 1) + "/pay").then().statusCode(200);
        return await("the card sale").atMost(Duration.ofSeconds(30)).until(() -> as(till)
                .get("/api/sales/sales/" + pending.getString("id")).then().statusCode(200).extract().jsonPath(),
                s -> "COMPLETED".equals(s.getString("status")));
    }

    private long stocked(String name, long priceCents, int units) {
        long dough = bakery.material("Dough " + name, "pcs", 0);
        bakery.receive(dough, String.valueOf(units), 150);
        long product = bakery.product(name, priceCents, "BRL");
        bakery.produce(bakery.recipe("Make " + name, product, 1, "{\"materialId\":" + dough + ",\"quantity\":1}"),
                units);
        return product;
    }

    private static long sum(List<JsonPath> sales, String field) {
        return sales.stream().mapToLong(s -> s.getLong(field)).sum();
    }
}
