package com.bakery.gateway.identity.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The keys the gateway signs its tokens with, and the tokens' claims and lifetime. */
@ConfigMapping(prefix = "gateway.jwt")
public interface JwtConfig {

    String issuer();

    String audience();

    /** PEM file with the RSA private key that signs tokens. */
    String privateKeyLocation();

    /** PEM file with the matching public key, published in the JWKS. */
    String publicKeyLocation();

    /** After a rotation: the previous public key, still published and accepted until its tokens expire. */
    Optional<String> previousPublicKeyLocation();

    /** Where the gateway writes the JWKS it verifies its own endpoints' tokens against. */
    String verificationKeysFile();

    @WithDefault("15m")
    Duration tokenLifetime();

    /** Dev and test only: create a key pair at the locations above when none exists. */
    @WithDefault("false")
    boolean generateMissingKeys();
}
