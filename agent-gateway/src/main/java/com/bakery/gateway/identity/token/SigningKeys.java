package com.bakery.gateway.identity.token;

import com.bakery.common.security.Pem;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The gateway's signing key pair, loaded once at start. The production profile has no key generation and no
 * default location, so a gateway without a configured key refuses to start instead of signing with a dev key.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;
    private final RsaJsonWebKey publicJwk;
    /** The key before the last rotation: still published, so its tokens stay valid until they expire. */
    private final RsaJsonWebKey previousJwk;

    public SigningKeys(JwtConfig config) {
        Path privatePath = Path.of(config.privateKeyLocation());
        Path publicPath = Path.of(config.publicKeyLocation());
        try {
            if (!Files.exists(privatePath) && config.generateMissingKeys()) {
                generate(privatePath, publicPath);
            }
            if (!Files.isReadable(privatePath) || !Files.isReadable(publicPath)) {
                throw new IllegalStateException("JWT signing keys not found: set JWT_PRIVATE_KEY_LOCATION and "
                        + "JWT_PUBLIC_KEY_LOCATION to readable PEM files (looked for " + privatePath + " and "
                        + publicPath + ")");
            }
            this.privateKey = KeyUtils.decodePrivateKey(Files.readString(privatePath));
            RSAPublicKey publicKey = (RSAPublicKey) KeyUtils.decodePublicKey(Files.readString(publicPath));
            this.publicJwk = jwk(publicKey);
            Optional<String> previous = config.previousPublicKeyLocation().filter(l -> !l.isBlank());
            this.previousJwk = previous.isPresent()
                    ? jwk((RSAPublicKey) KeyUtils.decodePublicKey(Files.readString(Path.of(previous.get()))))
                    : null;
            writeVerificationKeys(Path.of(config.verificationKeysFile()));
        } catch (IOException | GeneralSecurityException | JoseException e) {
            throw new IllegalStateException("JWT signing keys could not be read: " + e.getMessage(), e);
        }
    }

    /** A key's JWK, its {@code kid} the key's own SHA-256 thumbprint (RFC 7638), the same wherever computed. */
    private static RsaJsonWebKey jwk(RSAPublicKey key) throws JoseException {
        RsaJsonWebKey jwk = (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(key);
        jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        return jwk;
    }

    /**
     * The gateway verifies tokens on its own endpoints against this file (mp.jwt.verify.publickey.location), the
     * same JWKS it publishes: after a rotation, tokens signed with the previous key pass here too.
     */
    private void writeVerificationKeys(Path file) throws IOException {
        StringBuilder keys = new StringBuilder("{\"keys\":[");
        keys.append(publicJwk.toJson(PublicJsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        if (previousJwk != null) {
            keys.append(',').append(previousJwk.toJson(PublicJsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        }
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // a file of our own, readable by us only, put in place in one step: whoever could write the file could
        // make the gateway accept their tokens, and a file someone else made first is not replaced (sticky /tmp)
        Path written = Files.createTempFile(directory, ".jwks-", ".json");
        try {
            Files.writeString(written, keys.append("]}"));
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return publicJwk.getKeyId();
    }

    /** The JWKS document services verify tokens against. */
    public Map<String, Object> jwks() {
        List<Map<String, Object>> keys = new java.util.ArrayList<>();
        keys.add(publicJwk.toParams(PublicJsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        if (previousJwk != null) {
            keys.add(previousJwk.toParams(PublicJsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        }
        return Map.of("keys", keys);
    }

    private static void generate(Path privatePath, Path publicPath) throws IOException {
        LOG.warnf("No JWT signing key found; generating a development key pair at %s", privatePath);
        KeyPair pair = Pem.newRsaKeyPair();
        Files.createDirectories(privatePath.toAbsolutePath().getParent());
        Files.createDirectories(publicPath.toAbsolutePath().getParent());
        Files.writeString(publicPath, Pem.publicKey(pair));
        Files.writeString(privatePath, Pem.privateKey(pair));
        Files.setPosixFilePermissions(privatePath, PosixFilePermissions.fromString("rw-------"));
    }
}
