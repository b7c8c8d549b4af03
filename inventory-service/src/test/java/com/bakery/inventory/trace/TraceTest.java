package com.bakery.inventory.trace;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.bakery.inventory.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A recalled flour lot, followed to the loaves baked with it and the sales that took them, and back. */
@QuarkusTest
class TraceTest {

    private final Tenant shop = Tenant.fresh();

    @Test
    void aFlourLotLeadsToItsRunsAndSalesAndASaleLeadsBackToItsLots() {
        long flour = shop.createMaterial("Flour", "kg", 0);
        long lotA = shop.receive(flour, "{\"quantity\":10,\"unitCostCents\":100,\"supplierLot\":\"L-1\"}");
        long lotB = shop.receive(flour, "{\"quantity\":10,\"unitCostCents\":100,\"supplierLot\":\"L-2\"}");
        long bread = shop.createProduct("Bread", 400);
        long recipe = shop.createRecipe("Bread", bread, 2, "{\"materialId\":" + flour + ",\"quantity\":1}");
        int first = run(recipe, 5);   // 5 kg of L-1: 10 loaves
        int second = run(recipe, 7);  // 5 kg of L-1 and 2 kg of L-2: 14 loaves

        String early = sell(bread, 12);  // the first run's 10 and 2 of the second
        String late = sell(bread, 3);
        shop.stockMove("baker").body("{\"productId\":" + bread + ",\"quantity\":1,\"reason\":\"Burnt\"}")
                .post("/api/inventory/write-offs").then().statusCode(201);

        shop.as("manager").get("/api/inventory/trace?materialBatch=" + lotA).then().statusCode(200)
                .body("materialBatch.supplierLot", equalTo("L-1")).body("materialBatch.material", equalTo("Flour"))
                .body("productionRuns.runId", contains(first, second))
                .body("productionRuns.materialUsed", contains(5, 5))
                .body("productionRuns.unitsProduced", contains(10, 14))
                .body("productionRuns.unitsSold", contains(10, 5))
                .body("productionRuns.unitsWasted", contains(0, 1))
                .body("productionRuns.unitsOnShelf", contains(0, 8))
                .body("sales.saleId", contains(early, early, late))
                .body("sales.runId", contains(first, second, second))
                .body("sales.units", contains(10, 2, 3))
                .body("sales[0].till", equalTo("Front counter")).body("sales[0].product", equalTo("Bread"));
        shop.as("auditor").get("/api/inventory/trace?materialBatch=" + lotB).then().statusCode(200)
                .body("productionRuns.runId", contains(second)).body("productionRuns[0].materialUsed", equalTo(2))
                .body("sales.saleId", contains(early, late));

        shop.as("manager").get("/api/inventory/trace?sale=" + early).then().statusCode(200)
                .body("saleId", equalTo(early))
                .body("sold.runId", contains(first, second)).body("sold.units", contains(10, 2))
                .body("productionRuns.runId", contains(first, second))
                .body("productionRuns[0].materialBatches.batchId", contains((int) lotA))
                .body("productionRuns[1].materialBatches.batchId", contains((int) lotA, (int) lotB))
                .body("productionRuns[1].materialBatches.quantity", contains(5, 2))
                .body("productionRuns[1].materialBatches.supplierLot", contains("L-1", "L-2"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "?materialBatch=1&sale=x", "?materialBatch=abc", "?sale=", "?materialBatch=" })
    void refusesAQueryThatNamesNeitherOrBoth(String query) {
        shop.as("manager").get("/api/inventory/trace" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("materialBatch"));
    }

    @Test
    void anotherTenantsBatchAndAnUnknownSaleAreNotFoundAndCashiersMayNotTrace() {
        Tenant other = Tenant.fresh();
        long theirs = other.receive(other.createMaterial("Their flour", "kg", 0), "1", 100);
        shop.as("manager").get("/api/inventory/trace?materialBatch=" + theirs).then().statusCode(404);
        shop.as("manager").get("/api/inventory/trace?sale=no-such-sale").then().statusCode(404)
                .body("code", equalTo("sale_not_found"));
        shop.as("cashier").get("/api/inventory/trace?sale=no-such-sale").then().statusCode(403);
    }

    private int run(long recipe, int batches) {
        return shop.stockMove("baker").body("{\"recipeId\":" + recipe + ",\"batches\":" + batches + "}")
                .post("/api/inventory/production-runs").then().statusCode(201).extract().path("id");
    }

    private String sell(long product, int units) {
        String sale = "sale-" + UUID.randomUUID();
        shop.as("service").body("{\"saleId\":\"" + sale + "\",\"till\":\"Front counter\",\"lines\":[{\"productId\":"
                + product + ",\"quantity\":" + units + "}]}").post("/api/inventory/reservations").then()
                .statusCode(201);
        shop.as("service").post("/api/inventory/reservations/" + sale + "/commit").then().statusCode(200);
        return sale;
    }
}
