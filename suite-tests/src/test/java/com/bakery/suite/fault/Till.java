package com.bakery.suite.fault;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A point of sale over a fault: it keeps a checkout's Idempotency-Key and asks again until the suite gives a
 * definite answer (sold, awaiting the card, declined, out of stock), as the console's till does.
 */
final class Till {

    /** A checkout's definite answer, and the answers it got before it (5xx, connection refused...). */
    record Sale(String key, int status, String id, String saleStatus, String checkoutUrl, List<String> retried) {

        /** Sold (201), awaiting the card (202), or, asked again, sold already (200). */
        boolean answeredSold() {
            return status == 200 || status == 201 || status == 202;
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Bakery bakery;

    Till(Bakery bakery) {
        this.bakery = bakery;
    }

    /** A product of this bakery with {@code hundreds} × 100 units made (from flour at 1.00 a kg, 1 kg per 100). */
    long stockedProduct(String name, String currency, int hundreds) {
        long flour = bakery.material("Flour " + name, "kg", 0);
        bakery.receive(flour, String.valueOf(hundreds), 100);
        long product = bakery.product(name, 150, currency);
        long recipe = bakery.recipe(name, product, 100, "{\"materialId\":" + flour + ",\"quantity\":1}");
        bakery.produce(recipe, hundreds);
        return product;
    }

    Sale cash(long product, int quantity) {
        return checkout(product, quantity, "{\"method\":\"CASH\",\"tenderedCents\":100000}");
    }

    Sale card(long product, int quantity) {
        return checkout(product, quantity, "{\"method\":\"CARD\"}");
    }

    private Sale checkout(long product, int quantity, String payment) {
        String key = UUID.randomUUID().toString();
        String body = "{\"lines\":[{\"productId\":" + product + ",\"quantity\":" + quantity + "}],\"payment\":"
                + payment + "}";
        List<String> retried = new ArrayList<>();
        try {
            // a till's back-off between attempts; the first goes at once
            return await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .pollInSameThread().until(() -> attempt(key, body, retried), Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("checkout " + key + " got no definite answer within " + PATIENCE + ": " + retried);
        }
    }

    /** One attempt: the sale if the answer is definite, otherwise null with the answer added to {@code retried}. */
    private Sale attempt(String key, String body, List<String> retried) {
        try {
            Response r = bakery.as("cashier").header("Idempotency-Key", key).body(body).post("/api/sales/checkout");
            int status = r.statusCode();
            if (status == 200 || status == 201 || status == 202) {
                return new Sale(key, status, r.path("id"), r.path("status"), r.path("checkoutUrl"), retried);
            }
            if (failedSale(r)) { // declined, out of stock, or the saga failed (e.g. payments unavailable: 503)
                return new Sale(key, status, r.path("saleId"), r.path("status"), null, retried);
            }
            retried.add(status + " " + r.asString());
        } catch (RuntimeException e) { // refused or cut: the suite is restarting something
            retried.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return null;
    }

    private static boolean failedSale(Response r) {
        try {
            return r.path("saleId") != null && "FAILED".equals(r.path("status"));
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /** The buyer pays the link on the provider's page (the simulator); its webhook comes {@code deliveries} times. */
    void pay(Sale sale, int deliveries) {
        given().baseUri(Suite.infinitePayUrl()).contentType("application/json")
                .body("{\"deliveries\":" + deliveries + "}").post("/__sim/links/" + slug(sale) + "/pay")
                .then().statusCode(200);
    }

    /**
     * A card sale whose saga a fault cut shows its link once resumed, or fails if the link was lost (payments
     * expires a link it never recorded): the buyer waits for one or the other, and pays if shown. True if paid.
     */
    boolean payWhenShown(Sale sale) {
        Map<String, Object> shown = await("the payment link of sale " + sale.id()).atMost(Duration.ofSeconds(60))
                .until(() -> bakery.as("cashier").get("/api/sales/sales/" + sale.id()).then().statusCode(200)
                        .extract().<Map<String, Object>>path(""),
                        s -> s.get("checkoutUrl") != null || "FAILED".equals(s.get("status")));
        if (shown.get("checkoutUrl") == null) {
            return false;
        }
        pay(new Sale(sale.key(), sale.status(), sale.id(), sale.saleStatus(), (String) shown.get("checkoutUrl"),
                sale.retried()), 1);
        return true;
    }

    /** The provider's id of the sale's payment link (the end of its checkout URL). */
    static String slug(Sale sale) {
        String path = URI.create(sale.checkoutUrl()).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
