package com.bakery.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The check the modules' PackageCyclesTest rely on fails on a cycle, and names it. */
class PackageCyclesTest {

    @Test
    void twoPackagesThatUseEachOtherAreACycle() {
        var classes = new ClassFileImporter().importPackages("com.bakery.testing.cycle");

        AssertionError failure = assertThrows(AssertionError.class,
                () -> PackageCycles.assertNone("com.bakery.testing.cycle", classes));

        String message = failure.getMessage();
        assertTrue(message.contains("Cycle detected: Slice a"), message);
        assertTrue(message.contains("Oven.holding> has type <com.bakery.testing.cycle.a.Dough>"), message);
        assertTrue(message.contains("Dough.bakedIn> has type <com.bakery.testing.cycle.b.Oven>"), message);
    }

    @Test
    void thisModulesOwnPackagesHaveNone() {
        PackageCycles.assertNone("com.bakery.testing");
    }
}
