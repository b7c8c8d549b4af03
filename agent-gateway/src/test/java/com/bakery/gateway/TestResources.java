package com.bakery.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Test resources shared by every test of this module, so Quarkus starts once. The gateway verifies tokens against
 * the JWKS it writes from its own keys (GatewayKeysTestResource), as in production.
 */
@QuarkusTestResource(GatewayKeysTestResource.class)
@QuarkusTestResource(UpstreamStub.class)
@QuarkusTestResource(RedisLink.class)
@QuarkusTestResource(SinkReceivers.class)
@QuarkusTestResource(IdpStub.class)
public class TestResources {
}
