package com.bakery.gateway;

import com.bakery.testing.TestKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.util.KeyUtils;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;

/** A Keycloak-like identity provider: only its JWKS, for the "idp" test key. */
public class IdpStub implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://idp.test/realms/bakery";
    /** The client the provider issues the suite's tokens to. */
    public static final String AUDIENCE = "bakery-gateway";
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(
                    KeyUtils.decodePublicKey(Files.readString(TestKeys.publicKey("idp"))));
            jwk.setKeyId(TestKeys.keyId("idp"));
            jwk.setAlgorithm("RS256");
            String jwks = new JsonWebKeySet(jwk).toJson();
            vertx = Vertx.vertx();
            int port = vertx.createHttpServer().requestHandler(req -> req.response()
                    .putHeader("Content-Type", "application/json").end(jwks))
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
            return Map.of("gateway.external-idp.issuer", ISSUER, "gateway.external-idp.audience", AUDIENCE,
                    "gateway.external-idp.jwks-url", "http://127.0.0.1:" + port
                            + "/realms/bakery/protocol/openid-connect/certs");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
