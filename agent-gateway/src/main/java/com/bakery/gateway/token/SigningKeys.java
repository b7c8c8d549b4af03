package com.bakery.gateway.token;

import com.bakery.common.security.Pem;
import com.bakery.gateway.config.GatewayConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
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

    public SigningKeys(GatewayConfig config) {
        Path privatePath = Path.of(config.jwt().privateKeyLocation());
        Path publicPath = Path.of(config.jwt().publicKeyLocation());
        try {
            if (!Files.exists(privatePath) && config.jwt().generateMissingKeys()) {
                generate(privatePath, publicPath);
            }
            if (!Files.isReadable(privatePath) || !Files.isReadable(publicPath)) {
                throw new IllegalStateException("JWT signing keys not found: set JWT_PRIVATE_KEY_LOCATION and "
                        + "JWT_PUBLIC_KEY_LOCATION to readable PEM files (looked for " + privatePath + " and "
                        + publicPath + ")");
            }
            this.privateKey = KeyUtils.decodePrivateKey(Files.readString(privatePath));
            RSAPublicKey publicKey = (RSAPublicKey) KeyUtils.decodePublicKey(Files.readString(publicPath));
            this.publicJwk = (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(publicKey);
            publicJwk.setKeyId(publicJwk.calculateBase64urlEncodedThumbprint("SHA-256"));
            publicJwk.setUse("sig");
            publicJwk.setAlgorithm("RS256");
        } catch (IOException | GeneralSecurityException | JoseException e) {
            throw new IllegalStateException("JWT signing keys could not be read: " + e.getMessage(), e);
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
        return Map.of("keys", List.of(publicJwk.toParams(PublicJsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
    }

    private static void generate(Path privatePath, Path publicPath) throws IOException {
        LOG.warnf("No JWT signing key found; generating a development key pair at %s", privatePath);
        KeyPair pair = Pem.newRsaKeyPair();
        Files.createDirectories(privatePath.toAbsolutePath().getParent());
        Files.createDirectories(publicPath.toAbsolutePath().getParent());
        Files.writeString(publicPath, Pem.publicKey(pair));
        Files.writeString(privatePath, Pem.privateKey(pair));
    }
}
