package com.bakery.sales;

import com.bakery.sales.remote.ReplicaDns;
import com.bakery.testing.JwtKeysTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Test resources shared by every test of this module, so Quarkus (and the suite around it) starts once. */
@QuarkusTestResource(JwtKeysTestResource.class)
@QuarkusTestResource(SuiteTestResource.class)
@QuarkusTestResource(ReplicaDns.class)
public class TestResources {
}
