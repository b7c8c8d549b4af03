package com.bakery.gateway.identity.user;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(2);

    @Test
    void storesAnArgon2idPhcStringThatIsNotThePassword() {
        String hash = hasher.hash("correct horse");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertFalse(hash.contains("correct horse"));
    }

    @Test
    void matchesOnlyTheRightPassword() {
        String hash = hasher.hash("correct horse");
        assertTrue(hasher.matches("correct horse", hash));
        assertFalse(hasher.matches("correct horsE", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same"), hasher.hash("same"));
    }

    @Test
    void rejectsATamperedOrForeignHash() {
        String hash = hasher.hash("secret");
        String tampered = hash.substring(0, hash.length() - 2) + (hash.endsWith("A") ? "BB" : "AA");
        assertFalse(hasher.matches("secret", tampered));
        assertFalse(hasher.matches("secret", "$2a$10$abcdefghijklmnopqrstuv"));
        assertFalse(hasher.matches("secret", "plain"));
    }

    @Test
    void aDerivationWaitsWhileTheAllowedNumberRun() throws Exception {
        PasswordHasher one = new PasswordHasher(1);
        one.derivations.acquire(); // as a derivation running now would
        CompletableFuture<String> hash = CompletableFuture.supplyAsync(() -> one.hash("queued"));
        await().atMost(Duration.ofSeconds(10)).until(() -> one.derivations.getQueueLength() == 1);
        assertFalse(hash.isDone());

        one.derivations.release();
        assertTrue(one.matches("queued", hash.get(30, TimeUnit.SECONDS)));
    }
}
