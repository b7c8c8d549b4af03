package com.bakery.suite.fault;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bakery.suite.Bakery;
import com.bakery.suite.day.Invariants;
import java.time.Duration;
import java.util.List;

/** What every fault test checks once the fault is over: nothing left half done, every invariant, the audit chain. */
final class AfterFault {

    private AfterFault() {
    }

    static void assertConsistent(Bakery bakery) {
        Invariants invariants = Invariants.local();
        // sales interrupted by the fault are finished by the suite itself (recovery, reconciliation), not the test
        await("every sale of " + bakery.tenant() + " COMPLETED or FAILED").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> invariants.pendingSales(bakery.tenant()) == 0);
        assertEquals(List.of(), invariants.violations(bakery.tenant()));
        bakery.as("auditor").get("/api/admin/audit/verify").then().statusCode(200).body("valid", is(true));
    }
}
