package com.bakery.sales;

import static io.restassured.RestAssured.given;

import com.bakery.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fresh tenant with a token per role. Products are made through inventory-service's real API (material,
 * batch, recipe, production run); sales go through this service's API, as a till's would.
 */
public record Shop(String tenant) {

    public static Shop fresh() {
        return new Shop("t-" + UUID.randomUUID());
    }

    public String token(String role) {
        return TestTokens.token(role + "@" + tenant, tenant, role);
    }

    public RequestSpecification as(String role) {
        return given().auth().oauth2(token(role)).contentType(ContentType.JSON);
    }

    /** As {@code role}, switched in at the till {@code till} (its id and name). */
    public RequestSpecification atTill(String till, String role) {
        return given().auth().oauth2(TestTokens.tillToken(till, "Till " + till, role + "@" + tenant, tenant, role))
                .contentType(ContentType.JSON);
    }

    public static String key() {
        return "key-" + UUID.randomUUID();
    }

    /** A product priced {@code priceCents} with {@code units} made at {@code unitCostCents} each. */
    public long product(String name, long priceCents, String currency, int units, long unitCostCents) {
        long product = id(as("manager").body(Map.of("name", name + " " + UUID.randomUUID(), "priceCents", priceCents,
                "currency", currency)).post(SuiteTestResource.inventoryUrl() + "/api/inventory/products").then()
                .statusCode(201));
        bake(product, units, unitCostCents, null);
        return product;
    }

    /** A product priced {@code priceCents} that spoils {@code shelfLifeHours} after it is baked, none made yet. */
    public long perishable(String name, long priceCents, String currency, int shelfLifeHours) {
        return id(as("manager").body(Map.of("name", name + " " + UUID.randomUUID(), "priceCents", priceCents,
                "currency", currency, "shelfLifeHours", shelfLifeHours))
                .post(SuiteTestResource.inventoryUrl() + "/api/inventory/products").then().statusCode(201));
    }

    /** A product sold by weight at {@code pricePerKgCents}, with {@code kg} bought in at {@code costPerKgCents}. */
    public long byWeight(String name, long pricePerKgCents, String currency, String kg, long costPerKgCents) {
        long product = id(as("manager").body(Map.of("name", name + " " + UUID.randomUUID(), "priceCents",
                pricePerKgCents, "currency", currency, "soldBy", "WEIGHT"))
                .post(SuiteTestResource.inventoryUrl() + "/api/inventory/products").then().statusCode(201));
        as("manager").header("Idempotency-Key", key()).body("{\"quantity\":" + kg + ",\"unitCostCents\":"
                + costPerKgCents + "}").post(SuiteTestResource.inventoryUrl() + "/api/inventory/products/" + product
                + "/batches").then().statusCode(201);
        return product;
    }

    /** Makes {@code units} of a product at {@code unitCostCents} each, baked at {@code bakedAt} (null: now). */
    public void bake(long product, int units, long unitCostCents, java.time.Instant bakedAt) {
        String tag = product + " " + UUID.randomUUID();
        if (units > 0) {
            long material = id(as("manager").body(Map.of("name", "Dough " + tag, "unit", "pcs", "minimumQuantity", 0))
                    .post(SuiteTestResource.inventoryUrl() + "/api/inventory/materials").then().statusCode(201));
            as("manager").header("Idempotency-Key", key())
                    .body(Map.of("quantity", units, "unitCostCents", unitCostCents))
                    .post(SuiteTestResource.inventoryUrl() + "/api/inventory/materials/" + material + "/batches")
                    .then().statusCode(201);
            long recipe = id(as("baker").body(Map.of("name", "Make " + tag, "productId", product, "yield", 1,
                    "ingredients", List.of(Map.of("materialId", material, "quantity", 1))))
                    .post(SuiteTestResource.inventoryUrl() + "/api/inventory/recipes").then().statusCode(201));
            Map<String, Object> run = new java.util.HashMap<>(Map.of("recipeId", recipe, "batches", units));
            if (bakedAt != null) {
                run.put("bakedAt", bakedAt.toString());
            }
            as("baker").header("Idempotency-Key", key()).body(run)
                    .post(SuiteTestResource.inventoryUrl() + "/api/inventory/production-runs").then().statusCode(201);
        }
    }

    public ValidatableResponse inventoryProduct(long id) {
        return as("manager").get(SuiteTestResource.inventoryUrl() + "/api/inventory/products/" + id).then()
                .statusCode(200);
    }

    /** The reservation inventory holds for a sale. */
    public ValidatableResponse reservation(String saleId) {
        return as("manager").get(SuiteTestResource.inventoryUrl() + "/api/inventory/reservations/" + saleId).then()
                .statusCode(200);
    }

    /** The payments payments-service holds for a sale. */
    public List<Map<String, Object>> payments(String saleId) {
        return as("manager").get(SuiteTestResource.paymentsUrl() + "/api/payments/payments?reference=" + saleId)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    public static String cash(long product, int quantity, long tenderedCents) {
        return "{\"lines\":[{\"productId\":" + product + ",\"quantity\":" + quantity + "}],"
                + "\"payment\":{\"method\":\"CASH\",\"tenderedCents\":" + tenderedCents + "}}";
    }

    public static String card(long product, int quantity) {
        return "{\"lines\":[{\"productId\":" + product + ",\"quantity\":" + quantity + "}],"
                + "\"payment\":{\"method\":\"CARD\"}}";
    }

    /** {@code tills} cashiers each sell one unit of {@code product} for cash at the same moment; their answers. */
    public List<Response> sellAtOnce(long product, int tills, long tenderedCents) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tills);
        try {
            List<Future<Response>> sales = new ArrayList<>();
            for (int i = 0; i < tills; i++) {
                sales.add(pool.submit(() -> {
                    start.await();
                    return as("cashier").header("Idempotency-Key", key()).body(cash(product, 1, tenderedCents))
                            .post("/api/sales/checkout");
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> sale : sales) {
                answers.add(sale.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    public ValidatableResponse checkout(String key, String body) {
        return as("cashier").header("Idempotency-Key", key).body(body).post("/api/sales/checkout").then();
    }

    public ValidatableResponse sale(String id) {
        return as("manager").get("/api/sales/sales/" + id).then().statusCode(200);
    }

    public int salesCount() {
        return as("manager").get("/api/sales/sales?limit=200").then().statusCode(200).extract().path("items.size()");
    }

    private static long id(ValidatableResponse response) {
        return ((Number) response.extract().path("id")).longValue();
    }
}
