package com.bakery.gateway.identity.token;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged service: the jar in `mvn verify`, the native executable with `-Pnative`. */
@QuarkusIntegrationTest
class TokenResourceIT extends TokenResourceTest {
}
