package com.bakery.sales;

import com.bakery.testing.JwtKeysTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Test resources shared by every test of this module, so Quarkus starts once. */
@QuarkusTestResource(JwtKeysTestResource.class)
public class TestResources {
}
