package com.bakery.inventory.product;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.bakery.inventory.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Goods sold by the kilo (priced per kg, to the gram, each line rounded once) and goods bought in, not baked. */
@QuarkusTest
class SoldByWeightAndBoughtInTest {

    private final Tenant shop = Tenant.fresh();

    @Test
    void aLineByWeightIsPricedPerKgAndRoundedOnceHalfEven() {
        long olive = byWeight("Olive bread", 1250);
        long flour = shop.createMaterial("Olive dough", "kg", 0);
        shop.receive(flour, "10", 100);
        long recipe = shop.createRecipe("Olive bread", olive, 2, "{\"materialId\":" + flour + ",\"quantity\":1}");
        shop.stockMove("baker").body("{\"recipeId\":" + recipe + ",\"batches\":1}")
                .post("/api/inventory/production-runs").then().statusCode(201).body("unitsProduced", equalTo(2));
        shop.product(olive).body("soldBy", equalTo("WEIGHT")).body("onHand", equalTo(2));

        // 12.50 a kg: 2 g is 2.5 cents, 6 g is 7.5 cents; half-even makes them 2 and 8, 355 g is 443.75: 444
        reserve(olive, "0.002").body("lines[0].grossCents", equalTo(2)).body("lines[0].soldBy", equalTo("WEIGHT"));
        reserve(olive, "0.006").body("lines[0].grossCents", equalTo(8));
        String sale = "sale-" + UUID.randomUUID();
        shop.as("service").body(body(sale, olive, "0.355")).post("/api/inventory/reservations").then()
                .statusCode(201).body("lines[0].grossCents", equalTo(444)).body("lines[0].quantity", equalTo(0.355f));
        // the dough cost 1.00 a kg and makes 2 kg: 0.50 a kg, so 355 g cost 17.75 cents
        shop.as("service").post("/api/inventory/reservations/" + sale + "/commit").then().statusCode(200)
                .body("cogsCents", equalTo(18));
        shop.product(olive).body("onHand", equalTo(1.645f)).body("reserved", equalTo(0.008f));
    }

    @ParameterizedTest
    @CsvSource({ "UNIT, 1.5", "WEIGHT, 0.0005" })
    void refusesAQuantityTheProductCannotBeSoldInAndHoldsNothing(String soldBy, String quantity) {
        long product = "UNIT".equals(soldBy) ? shop.stockedProduct("Roll", 80, 5, 20) : byWeight("Rye", 900);
        shop.as("service").body(body("sale-" + UUID.randomUUID(), product, quantity))
                .post("/api/inventory/reservations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("lines[0].quantity"));
        shop.product(product).body("reserved", equalTo(0));
    }

    @Test
    void boughtInGoodsArriveAsBatchesAndSellFifoWithoutARecipe() {
        long cola = shop.createProduct("Cola", 500);
        Instant bestBefore = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String batch = "{\"quantity\":24,\"unitCostCents\":210,\"supplierLot\":\"LOT-7\",\"bestBefore\":\""
                + bestBefore + "\"}";
        shop.stockMove("cashier").body(batch).post("/api/inventory/products/" + cola + "/batches").then()
                .statusCode(403);
        shop.stockMove("manager").body(batch).post("/api/inventory/products/" + cola + "/batches").then()
                .statusCode(201).body("onHand", equalTo(24)).body("stockValueCents", equalTo(5040));
        shop.as("manager").get("/api/inventory/products/" + cola + "/shelf").then()
                .body("source", contains("PURCHASE")).body("[0].bestBefore", equalTo(bestBefore.toString()));

        String sale = "sale-" + UUID.randomUUID();
        shop.as("service").body(body(sale, cola, "2")).post("/api/inventory/reservations").then().statusCode(201)
                .body("lines[0].grossCents", equalTo(1000));
        shop.as("service").post("/api/inventory/reservations/" + sale + "/commit").then().statusCode(200)
                .body("cogsCents", equalTo(420));
        shop.as("manager").get("/api/inventory/trace?sale=" + sale).then().statusCode(200)
                .body("sold[0].source", equalTo("PURCHASE")).body("sold[0].supplierLot", equalTo("LOT-7"))
                .body("sold[0].runId", equalTo(null));
        shop.as("manager").get("/api/inventory/products/" + cola + "/ledger").then()
                .body("items.kind", contains("PURCHASE", "SALE"));

        long beans = byWeight("Coffee beans", 6000);
        shop.stockMove("baker").body("{\"quantity\":2.5,\"unitCostCents\":3000}")
                .post("/api/inventory/products/" + beans + "/batches").then().statusCode(201)
                .body("onHand", equalTo(2.5f)).body("stockValueCents", equalTo(7500));
        reserve(beans, "0.25").body("lines[0].grossCents", equalTo(1500));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"quantity\":1.5,\"unitCostCents\":100}                                  | quantity",
            "{\"quantity\":0,\"unitCostCents\":100}                                    | quantity",
            "{\"quantity\":2}                                                          | unitCostCents",
            "{\"quantity\":2,\"unitCostCents\":100,\"bestBefore\":\"2020-01-01T00:00:00Z\"} | bestBefore" })
    void refusesABadBatchAndReceivesNothing(String batch, String field) {
        long cola = shop.createProduct("Lemonade", 400);
        shop.stockMove("manager").body(batch).post("/api/inventory/products/" + cola + "/batches").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        shop.product(cola).body("onHand", equalTo(0));
    }

    @Test
    void howAProductIsSoldCannotChangeWhileItHasStock() {
        long bun = shop.stockedProduct("Bun", 90, 3, 30);
        shop.as("manager").body("{\"name\":\"Bun\",\"priceCents\":90,\"currency\":\"EUR\",\"soldBy\":\"WEIGHT\"}")
                .put("/api/inventory/products/" + bun).then().statusCode(409).body("code", equalTo("sold_by_locked"));
        shop.product(bun).body("soldBy", equalTo("UNIT"));
    }

    private long byWeight(String name, long pricePerKgCents) {
        return ((Number) shop.as("manager").body("{\"name\":\"" + name + "\",\"priceCents\":" + pricePerKgCents
                + ",\"currency\":\"EUR\",\"soldBy\":\"WEIGHT\"}").post("/api/inventory/products").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    private io.restassured.response.ValidatableResponse reserve(long product, String quantity) {
        return shop.as("service").body(body("sale-" + UUID.randomUUID(), product, quantity))
                .post("/api/inventory/reservations").then().statusCode(201);
    }

    private static String body(String sale, long product, String quantity) {
        return "{\"saleId\":\"" + sale + "\",\"lines\":[{\"productId\":" + product + ",\"quantity\":" + quantity
                + "}]}";
    }
}
