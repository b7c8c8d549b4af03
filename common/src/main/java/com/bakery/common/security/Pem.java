package com.bakery.common.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** PEM text for generated RSA keys: the format smallrye-jwt and openssl read. */
public final class Pem {

    private Pem() {
    }

    public static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is required by every JVM", e);
        }
    }

    public static String privateKey(KeyPair pair) {
        return encode("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    public static String publicKey(KeyPair pair) {
        return encode("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    private static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
