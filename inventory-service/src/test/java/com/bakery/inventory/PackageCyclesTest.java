package com.bakery.inventory;

import com.bakery.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** Every package of this service depends on others one way only (test-support's PackageCycles). */
class PackageCyclesTest {

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        PackageCycles.assertNone("com.bakery.inventory");
    }
}
