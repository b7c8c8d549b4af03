package com.bakery.testing;

import com.bakery.common.security.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

/**
 * Key pairs generated for a test run under {@code target/test-keys}, so no key is ever committed.
 * {@code signing} is the suite's key; {@code stranger} is a key nobody trusts.
 */
public final class TestKeys {

    public static final Path DIR = Path.of("target", "test-keys").toAbsolutePath();

    private TestKeys() {
    }

    public static Path privateKey(String name) {
        return ensure(name).resolve(name + "-private.pem");
    }

    public static Path publicKey(String name) {
        return ensure(name).resolve(name + "-public.pem");
    }

    /** The key's RFC 7638 thumbprint: the {@code kid} the gateway publishes it under. */
    public static String keyId(String name) {
        try {
            java.security.PublicKey key = io.smallrye.jwt.util.KeyUtils.decodePublicKey(
                    Files.readString(publicKey(name)));
            return org.jose4j.jwk.PublicJsonWebKey.Factory.newPublicJwk(key)
                    .calculateBase64urlEncodedThumbprint("SHA-256");
        } catch (Exception e) {
            throw new IllegalStateException("thumbprint of test key " + name, e);
        }
    }

    private static synchronized Path ensure(String name) {
        Path priv = DIR.resolve(name + "-private.pem");
        if (Files.exists(priv)) {
            return DIR;
        }
        try {
            Files.createDirectories(DIR);
            KeyPair pair = Pem.newRsaKeyPair();
            Files.writeString(DIR.resolve(name + "-public.pem"), Pem.publicKey(pair));
            Files.writeString(priv, Pem.privateKey(pair));
            return DIR;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
