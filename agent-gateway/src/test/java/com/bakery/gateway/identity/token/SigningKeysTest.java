package com.bakery.gateway.identity.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void refusesToStartWithoutAConfiguredKey() {
        JwtConfig config = config(false);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SigningKeys(config));
        assertTrue(e.getMessage().contains("JWT_PRIVATE_KEY_LOCATION"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("private.pem")), "no key is generated outside dev and test");
    }

    @Test
    void generatesADevKeyPairOnceAndKeepsIt() throws Exception {
        SigningKeys first = new SigningKeys(config(true));
        assertTrue(Files.exists(dir.resolve("private.pem")));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("private.pem"))), "the private key is the gateway's alone");
        SigningKeys second = new SigningKeys(config(true));
        assertEquals(first.keyId(), second.keyId(), "the same key is reused on restart");
        List<?> keys = (List<?>) first.jwks().get("keys");
        Map<?, ?> jwk = (Map<?, ?>) keys.get(0);
        assertEquals(first.keyId(), jwk.get("kid"));
        assertTrue(!jwk.containsKey("d"), "the JWKS never carries the private exponent");
    }

    /** Whoever can write this file can have their tokens accepted: it is the gateway's own, for its eyes only. */
    @Test
    void theVerificationKeysAreWrittenToAFileOnlyTheGatewayCanReadOrWrite() throws Exception {
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"someone-else\"}]}");
        Files.setPosixFilePermissions(jwks, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        SigningKeys keys = new SigningKeys(config(true));
        String written = Files.readString(jwks);
        assertTrue(written.contains(keys.keyId()) && !written.contains("someone-else"), written);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(jwks)));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".jwks-")), "no file left behind");
        }
    }

    private JwtConfig config(boolean generate) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(JwtConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new MapBackedConfigSource("test", Map.ofEntries(
                        Map.entry("gateway.jwt.issuer", "https://bakery.local/gateway"),
                        Map.entry("gateway.jwt.audience", "bakery-suite"),
                        Map.entry("gateway.jwt.private-key-location", dir.resolve("private.pem").toString()),
                        Map.entry("gateway.jwt.public-key-location", dir.resolve("public.pem").toString()),
                        Map.entry("gateway.jwt.generate-missing-keys", String.valueOf(generate)),
                        Map.entry("gateway.jwt.verification-keys-file", dir.resolve("jwks.json").toString())), 100) {
                })
                .build();
        return config.getConfigMapping(JwtConfig.class);
    }
}
