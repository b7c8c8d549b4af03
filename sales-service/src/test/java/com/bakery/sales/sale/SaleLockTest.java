package com.bakery.sales.sale;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.bakery.sales.Shop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A saga step holds its sale's lock: the next one waits for it, then reads what it committed. */
@QuarkusTest
class SaleLockTest {

    private final Shop shop = Shop.fresh();

    @Inject
    SaleRepository sales;

    @Inject
    EntityManager em;

    @Test
    void aSecondLockerWaitsForTheFirstAndReadsWhatItCommitted() throws Exception {
        long bread = shop.product("Bread", 450, "BRL", 5, 100);
        String id = shop.checkout(Shop.key(), Shop.cash(bread, 1, 500)).statusCode(201)
                .body("status", equalTo("COMPLETED")).extract().path("id");
        UUID saleId = UUID.fromString(id);
        int before = QuarkusTransaction.requiringNew().call(() -> sales.findById(saleId).attempts);

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            sales.lock(saleId).attempts += 10;
            em.flush();
            locked.countDown();
            hold(release);
        }));
        assertEquals(true, locked.await(10, TimeUnit.SECONDS), "the first locker holds the lock");
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                () -> QuarkusTransaction.requiringNew().call(() -> sales.lock(saleId).attempts));

        // the second is waiting on the row lock (PostgreSQL says so), not done
        await().atMost(Duration.ofSeconds(10)).until(this::someoneWaitsForARowLock);
        assertFalse(second.isDone(), "the second locker went ahead of the first");

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertEquals(before + 10, second.get(10, TimeUnit.SECONDS), "the second read what the first committed");
    }

    private boolean someoneWaitsForARowLock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' "
                        + "AND query ILIKE '%from%sale%for%update%'").getSingleResult()).longValue() > 0);
    }

    private static void hold(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
