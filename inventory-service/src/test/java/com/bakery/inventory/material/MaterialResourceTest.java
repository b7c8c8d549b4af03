package com.bakery.inventory.material;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.inventory.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class MaterialResourceTest {

    private final Tenant bakery = Tenant.fresh();
    private final Tenant other = Tenant.fresh();

    @Test
    void createsAMaterialWithNoStock() {
        bakery.as("manager").body("{\"name\":\"Flour\",\"unit\":\"kg\",\"minimumQuantity\":10,\"supplier\":\"Mill\"}")
                .post("/api/inventory/materials")
                .then().statusCode(201)
                .header("Location", startsWith("/api/inventory/materials/"))
                .body("id", notNullValue())
                .body("name", equalTo("Flour"))
                .body("unit", equalTo("kg"))
                .body("minimumQuantity", equalTo(10))
                .body("onHand", equalTo(0))
                .body("stockValueCents", equalTo(0))
                .body("supplier", equalTo("Mill"))
                .body("belowMinimum", equalTo(true));
    }

    @Test
    void refusesADuplicateNameWhateverItsCase() {
        bakery.createMaterial("Sugar", "kg", 1);
        bakery.as("manager").body("{\"name\":\"SUGAR \",\"unit\":\"g\"}")
                .post("/api/inventory/materials")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("material_name_taken"));
        bakery.as("manager").get("/api/inventory/materials?limit=200")
                .then().body("items.findAll { it.name.toLowerCase().startsWith('sugar') }.size()", equalTo(1));
    }

    @Test
    void concurrentCreatesOfOneNameGiveOneMaterialAndConflicts() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return bakery.as("manager").body("{\"name\":\"Raced\",\"unit\":\"kg\"}")
                        .post("/api/inventory/materials").statusCode();
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Integer> r : results) {
            int status = r.get();
            if (status == 201) {
                created++;
            } else {
                assertEquals(409, status);
            }
        }
        pool.shutdown();
        assertEquals(1, created);
    }

    @Test
    void theSameNameIsFreeInAnotherTenant() {
        bakery.createMaterial("Butter", "kg", 1);
        other.createMaterial("Butter", "kg", 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"\",\"unit\":\"kg\"}                                  | name",
            "{\"unit\":\"kg\"}                                                | name",
            "{\"name\":\"Salt\",\"unit\":\"stone\"}                           | unit",
            "{\"name\":\"Salt\"}                                              | unit",
            "{\"name\":\"Salt\",\"unit\":\"kg\",\"minimumQuantity\":-1}       | minimumQuantity",
            "{\"name\":\"Salt\",\"unit\":\"kg\",\"minimumQuantity\":1e15}     | minimumQuantity",
            "{\"name\":\"Salt\",\"unit\":\"kg\",\"minimumQuantity\":0.1234567} | minimumQuantity",
            "{\"name\":\"Salt\",\"unit\":\"kg\",\"minimumQuantity\":\"lots\"} | minimumQuantity",
            "{\"name\":\"Salt\",\"unit\":\"kg\",\"colour\":\"white\"}         | colour" })
    void refusesBadInputNamingTheFieldAndCreatesNothing(String body, String field) {
        bakery.as("manager").body(body).post("/api/inventory/materials")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        bakery.as("manager").get("/api/inventory/materials?limit=200")
                .then().body("items.findAll { it.name == 'Salt' }.size()", equalTo(0));
    }

    @Test
    void refusesMalformedJson() {
        bakery.as("manager").body("{\"name\": \"Salt\", ").post("/api/inventory/materials")
                .then().statusCode(400).body("code", equalTo("malformed_json"));
    }

    @Test
    void onlyManagersAndAdminsManageMaterials() {
        bakery.as("cashier").body("{\"name\":\"Yeast\",\"unit\":\"g\"}").post("/api/inventory/materials")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        bakery.as("admin").body("{\"name\":\"Yeast\",\"unit\":\"g\"}").post("/api/inventory/materials")
                .then().statusCode(201);
    }

    @Test
    void anotherTenantsMaterialDoesNotExistForYou() {
        long id = other.createMaterial("Rye", "kg", 0);
        bakery.as("manager").get("/api/inventory/materials/" + id)
                .then().statusCode(404).body("code", equalTo("material_not_found"));
        bakery.as("manager").body("{\"name\":\"Mine\",\"unit\":\"kg\"}").put("/api/inventory/materials/" + id)
                .then().statusCode(404);
        bakery.as("manager").delete("/api/inventory/materials/" + id).then().statusCode(404);
        bakery.stockMove("manager").body("{\"quantity\":1,\"unitCostCents\":1}")
                .post("/api/inventory/materials/" + id + "/batches").then().statusCode(404);
        bakery.as("manager").get("/api/inventory/materials/" + id + "/ledger").then().statusCode(404);
        other.material(id).body("name", equalTo("Rye")).body("onHand", equalTo(0));
    }

    @Test
    void updatesAMaterial() {
        long id = bakery.createMaterial("Milk", "l", 2);
        bakery.as("manager").body("{\"name\":\"Whole milk\",\"unit\":\"ml\",\"minimumQuantity\":500}")
                .put("/api/inventory/materials/" + id)
                .then().statusCode(200).body("name", equalTo("Whole milk")).body("unit", equalTo("ml"))
                .body("minimumQuantity", equalTo(500));
    }

    @Test
    void theUnitIsLockedOnceStockWasReceived() {
        long id = bakery.createMaterial("Eggs", "pcs", 12);
        bakery.receive(id, "30", 25);
        bakery.as("manager").body("{\"name\":\"Eggs\",\"unit\":\"kg\",\"minimumQuantity\":12}")
                .put("/api/inventory/materials/" + id)
                .then().statusCode(409).body("code", equalTo("unit_locked"));
        bakery.material(id).body("unit", equalTo("pcs"));
    }

    @Test
    void deletesOnlyAMaterialWithoutHistory() {
        long fresh = bakery.createMaterial("Cocoa", "kg", 0);
        bakery.as("manager").delete("/api/inventory/materials/" + fresh).then().statusCode(204);
        bakery.as("manager").get("/api/inventory/materials/" + fresh).then().statusCode(404);

        long used = bakery.createMaterial("Honey", "kg", 0);
        bakery.receive(used, "2", 900);
        bakery.as("manager").delete("/api/inventory/materials/" + used)
                .then().statusCode(409).body("code", equalTo("material_in_use"));
        bakery.material(used).body("onHand", equalTo(2));
    }

    @Test
    void pagesThroughMaterialsWithACursor() {
        Tenant t = Tenant.fresh();
        t.createMaterial("A", "g", 0);
        t.createMaterial("B", "g", 0);
        t.createMaterial("C", "g", 0);
        String next = t.as("baker").get("/api/inventory/materials?limit=2")
                .then().statusCode(200).body("items.name", contains("A", "B")).body("next", notNullValue())
                .extract().path("next");
        t.as("baker").get("/api/inventory/materials?limit=2&after=" + next)
                .then().statusCode(200).body("items.name", contains("C")).body("next", nullValue());
        t.as("baker").get("/api/inventory/materials?limit=0").then().statusCode(400)
                .body("errors.field", hasItems("limit"));
    }
}
