package com.bakery.payments;

import com.bakery.testing.JwtKeysTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Test resources shared by every test of this module, so Quarkus starts once. */
@QuarkusTestResource(JwtKeysTestResource.class)
@QuarkusTestResource(InfinitePaySimulatorResource.class)
public class TestResources {
}
