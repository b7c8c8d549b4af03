package com.bakery.gateway;

import com.bakery.testing.TestKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The gateway signs with the same generated test key the services trust. */
public class GatewayKeysTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "gateway.jwt.private-key-location", TestKeys.privateKey("signing").toString(),
                "gateway.jwt.public-key-location", TestKeys.publicKey("signing").toString(),
                // a rotation happened: tokens signed with the previous key are still good
                "gateway.jwt.previous-public-key-location", TestKeys.publicKey("previous").toString());
    }

    @Override
    public void stop() {
    }
}
