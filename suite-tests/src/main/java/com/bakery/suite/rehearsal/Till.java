package com.bakery.suite.rehearsal;

import com.bakery.suite.day.Gateway;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A till that keeps a checkout's Idempotency-Key and asks again until the suite gives a definite answer (sold, or
 * a failed sale: out of stock), as the console's till does while a replica behind the gateway is going away.
 */
final class Till {

    /** A checkout's definite answer, and how many answers before it were not (5xx, cut connections). */
    record Sale(String key, int status, String id, String code, int retried) {

        boolean sold() {
            return status == 200 || status == 201;
        }
    }

    private final Gateway.Session cashier;
    private final Duration patience;

    Till(Gateway.Session cashier, Duration patience) {
        this.cashier = cashier;
        this.patience = patience;
    }

    Sale cash(long product, int quantity) {
        String key = UUID.randomUUID().toString();
        String body = "{\"lines\":[{\"productId\":" + product + ",\"quantity\":" + quantity + "}],"
                + "\"payment\":{\"method\":\"CASH\",\"tenderedCents\":100000}}";
        Instant deadline = Instant.now().plus(patience);
        int retried = 0;
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                Response r = cashier.request().header("Idempotency-Key", key).body(body).post("/api/sales/checkout");
                int status = r.statusCode();
                if (status == 200 || status == 201) {
                    return new Sale(key, status, r.path("id"), "sold", retried);
                }
                if (isFailedSale(r)) { // out of stock, or a saga that could not go on: the sale holds nothing
                    return new Sale(key, status, r.path("saleId"), r.path("code"), retried);
                }
                last = status + " " + r.asString();
            } catch (RuntimeException e) { // a connection cut by the replica going away
                last = e.toString();
            }
            retried++;
            Cluster.pause(Duration.ofMillis(250)); // a till's back-off before asking again
        }
        throw new IllegalStateException("checkout " + key + " got no definite answer in " + patience.toSeconds()
                + " s; the last: " + last);
    }

    private static boolean isFailedSale(Response r) {
        try {
            return r.path("saleId") != null && "FAILED".equals(r.path("status"));
        } catch (RuntimeException notJson) {
            return false;
        }
    }
}
