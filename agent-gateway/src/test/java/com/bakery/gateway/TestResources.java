package com.bakery.gateway;

import com.bakery.testing.JwtKeysTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Test resources shared by every test of this module, so Quarkus starts once. */
@QuarkusTestResource(JwtKeysTestResource.class)
@QuarkusTestResource(GatewayKeysTestResource.class)
@QuarkusTestResource(UpstreamStub.class)
@QuarkusTestResource(RedisLink.class)
@QuarkusTestResource(SinkReceivers.class)
public class TestResources {
}
